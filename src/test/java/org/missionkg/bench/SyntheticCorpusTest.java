package org.missionkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;

class SyntheticCorpusTest {

    @Test
    void sameSeedSameQuadsOtherSeedOthers() {
        assertEquals(nquads(7, 50), nquads(7, 50));
        assertNotEquals(nquads(7, 50), nquads(8, 50));
    }

    @Test
    void articlesPassTheShapesAndVary() {
        SyntheticCorpus c = SyntheticCorpus.create(3);
        Set<String> missions = new HashSet<>();
        Set<String> commanders = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            SyntheticCorpus.Item item = c.item(i);
            if (i < 60) {
                ShapesReport report = ShapesCheck.standard().check(c.graph(item).getGraph());
                assertTrue(report.violations().isEmpty(), item.article().id() + ": " + report.violations());
            }
            for (Fact f : item.facts()) {
                kinds.add(f.kind());
                if (f instanceof CommandTenure t) {
                    missions.add(t.mission().key());
                    commanders.add(t.commander().key());
                }
                String quote = item.article().text().substring(f.provenance().evidence().start(), f.provenance().evidence().end());
                assertEquals(f.provenance().evidence().exact(), quote);
            }
        }
        assertTrue(missions.size() >= 40, "missions: " + missions.size());
        assertTrue(commanders.size() > missions.size(), "commanders: " + commanders.size());
        assertEquals(Set.of("command", "lead", "event", "troops", "role"), kinds);
    }

    private static String nquads(long seed, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        SyntheticCorpus.create(seed).write(0, n, w);
        w.finish();
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
