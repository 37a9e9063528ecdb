package org.missionkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.missionkg.export.FactRows;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.model.Fact;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code missionkg extract [--explain] PATH...}: the facts, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the facts found in articles as tab-separated rows (the gold files' layout),",
                "without storing anything. --explain also shows each sentence as the rules see it."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    LoggingOptions logging;
    @Spec
    CommandSpec spec;

    @Option(names = "--explain", description = "Show every sentence's slot view and the rules that matched.")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ArticleSources.Expanded files = ArticleSources.expand(paths);
        files.problems().forEach(p -> err.println("skipped: " + p));
        RuleBasedExtractor extractor = StandardIngest.extractor();
        out.println(String.join("\t", FactRows.COLUMNS));
        boolean problems = !files.problems().isEmpty();
        for (Path file : files.files()) {
            List<Article> articles;
            try {
                articles = ArticleReader.create().read(file);
            } catch (BadInputException e) {
                err.println("skipped: " + e.getMessage());
                problems = true;
                continue;
            }
            for (Article a : articles) {
                if (explain) {
                    extractor.explain(a).forEach(l -> out.println("# " + l));
                }
                for (Fact f : extractor.extract(a)) {
                    out.println(FactRows.row(f).tsv());
                }
            }
        }
        out.flush();
        return problems ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
