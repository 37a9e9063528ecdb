package org.missionkg.consolidate;

import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.missionkg.vocab.MKG;

/**
 * Registers {@code mkg:answerRows} ({@link StoredAnswers}) when Jena starts, so that every query engine in the
 * process (the CLI's, the server's Fuseki) can read the stored answers; listed in
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}.
 */
public final class StoredAnswersInit implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        // By the IRI's text, and not through StoredAnswers' own fields: those load the canned queries and MKG's terms,
        // which can be what is starting Jena. The class literal initialises nothing, and MKG.NS is set before MKG's terms.
        PropertyFunctionRegistry.get().put(MKG.NS + "answerRows", StoredAnswers.RowsFunction.class);
    }

    @Override
    public void stop() {
    }

    @Override
    public int level() {
        // After ARQ (30) and TDB2 (42): the property function registry exists by then.
        return 500;
    }
}
