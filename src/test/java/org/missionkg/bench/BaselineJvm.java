package org.missionkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link BaselineBench} in a JVM of its own, with this JVM's heap and collector settings and class path, and
 * reads back its figures. {@code dev/bench-ingest} measures the baseline this way so that it finds neither the
 * ingest's models, threads and garbage in its heap nor code the JIT compiled for the ingest, nor the reverse when it
 * goes first: each side starts from a fresh JVM.
 */
final class BaselineJvm {
    private BaselineJvm() {
    }

    /** CoreNLP's pipeline with these annotators over the first {@code n} article variants, in a child JVM. */
    static IngestBench.Baseline run(int n, String annotators) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(heapAndCollectorOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaselineBench.class.getName(),
                Integer.toString(n), "--baseline", annotators));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        IngestBench.Baseline figures = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                IngestBench.Baseline b = IngestBench.Baseline.fromLine(line);
                if (b != null) {
                    figures = b;
                } else {
                    System.out.println("  baseline JVM: " + line);
                }
            }
        }
        try {
            if (p.waitFor() != 0 || figures == null) {
                throw new IOException("the baseline JVM failed (exit " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the baseline ran", e);
        }
        return figures;
    }

    /**
     * This JVM's heap and collector options ({@code -Xmx6g} from dev/bench-ingest, any {@code -XX:+Use...GC} or
     * {@code -Xms} given in BENCH_JAVA_OPTS), so both sides get the same heap; a recording or agent is not passed on
     * (two JVMs writing one recording file would spoil it), nor system properties, which set the ingest's CoreNLP.
     */
    private static List<String> heapAndCollectorOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.matches("-XX:[+-]Use\\w*GC")) {
                out.add(a);
            }
        }
        return out;
    }
}
