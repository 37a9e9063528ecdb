package org.missionkg.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * What keeps one hostile query from taking the machine, set on the store's dataset context so
 * that the server and the {@code query}/{@code ask} commands get it alike:
 * <ul>
 *   <li>{@code REGEX} and {@code REPLACE} stop at the query timeout ({@link CancellableRegex}),
 *       put in by a step before ARQ's own optimizer;</li>
 *   <li>sorts, DISTINCT and GROUP BY spill to temporary files past {@link #SPILL_THRESHOLD}
 *       rows ({@code arq:spillToDiskThreshold}) instead of filling the heap.</li>
 * </ul>
 */
public final class QueryGuards {
    /** Rows an ORDER BY, DISTINCT or GROUP BY keeps in memory before it spills to disk. */
    public static final long SPILL_THRESHOLD = 20_000;

    private QueryGuards() {
    }

    public static void install(Context context) {
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        // before the optimizer: its constant folding would otherwise run a REGEX over constants
        // while building the plan, before any timeout is running
        RewriteFactory guarded = ctx -> op -> standard.create(ctx).rewrite(guard(op));
        context.set(ARQConstants.sysOptimizerFactory, guarded);
    }

    /** The algebra with every REGEX and REPLACE made cancellable. */
    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return CancellableRegex.regex(args);
                }
                if (func instanceof E_StrReplace) {
                    return CancellableRegex.replace(args);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
