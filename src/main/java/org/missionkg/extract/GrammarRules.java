package org.missionkg.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EventType;

/**
 * The grammar layer's rules, read from {@code /grammar/} on the classpath: a lexicon of trigger
 * words by lemma ({@code lexicon.tsv}, named classes) and Semgrex patterns over the dependency
 * parse ({@code command.semgrex}, {@code lead.semgrex}, {@code event.semgrex}). A rule is a block of
 * {@code key: value} lines as in the {@code *.rules} files ({@link RuleBook}):
 *
 * <pre>
 *   rule: grammar.command.assume
 *   example: Maj. Gen. Ann Smith assumed command of NATO Mission Iraq on Tuesday
 *   pattern: {lemma:$take_command}=trigger >/nsubj/ {ner:PERSON}=new >obj ({lemma:$command_noun} ?>/nmod:of/ {ner:MISSION}=mission)
 *   flags: handover
 * </pre>
 *
 * {@code $class} in a pattern stands for any lemma of that lexicon class. Patterns are CoreNLP's
 * own Semgrex; node {@code ner} values are the extractor's slot types (see {@link GrammarLayer}).
 */
final class GrammarRules {
    static final List<String> FILES = List.of("command", "lead", "event", "troops", "location", "role");
    private static final Pattern CLASS_REF = Pattern.compile("\\$([a-z_]+)");

    /** One grammar rule. */
    record GrammarRule(String id, String kind, SemgrexPattern pattern, String source, EventType eventType,
                       Set<String> flags, List<String> examples, PatternNeeds.Needs needs) {
        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    private final Map<String, List<String>> lexicon;
    private final List<GrammarRule> rules;

    private GrammarRules(Map<String, List<String>> lexicon, List<GrammarRule> rules) {
        this.lexicon = lexicon;
        this.rules = List.copyOf(rules);
    }

    static GrammarRules bundled() {
        return load(name -> "/grammar/" + name, GrammarRules::resource);
    }

    /** The grammar read from a folder laid out as {@code /grammar/}: for the rule workbench, which re-reads it on every save. */
    static GrammarRules read(java.nio.file.Path dir) {
        return load(name -> dir.resolve(name).toString(), where -> {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(where));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The lexicon and every pattern file, named by {@code where} and read by {@code text}. */
    private static GrammarRules load(java.util.function.UnaryOperator<String> where,
                                     java.util.function.UnaryOperator<String> text) {
        Map<String, List<String>> lexicon = lexicon(text.apply(where.apply("lexicon.tsv")));
        List<GrammarRule> all = new ArrayList<>();
        for (String f : FILES) {
            String file = where.apply(f + ".semgrex");
            all.addAll(parse(text.apply(file), file, lexicon));
        }
        return new GrammarRules(lexicon, all);
    }

    List<GrammarRule> rules() {
        return rules;
    }

    /**
     * Whether some rule could match a sentence of these words: what each rule's pattern needs of them
     * ({@link PatternNeeds}) is met. A sentence no rule could match need not be parsed.
     */
    boolean couldMatch(SentenceWords words) {
        for (GrammarRule r : rules) {
            if (r.needs().metBy(words)) {
                return true;
            }
        }
        return false;
    }

    /** Every lemma of the lexicon: only a sentence holding one of them is parsed (and only if {@link #couldMatch}). */
    Set<String> triggerLemmas() {
        Set<String> all = new LinkedHashSet<>();
        lexicon.values().forEach(all::addAll);
        return all;
    }

    private static String resource(String path) {
        try (InputStream in = GrammarRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> lexicon(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\t");
            if (parts.length != 2 || !parts[0].matches("[a-z_]+")) {
                throw new IllegalStateException("/grammar/lexicon.tsv: expected 'class<TAB>lemmas': " + t);
            }
            out.put(parts[0], List.of(parts[1].strip().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return out;
    }

    static List<GrammarRule> parse(String text, String source, Map<String, List<String>> lexicon) {
        List<GrammarRule> out = new ArrayList<>();
        for (RuleBlocks.Block b : RuleBlocks.read(text, source, Set.of("rule", "pattern", "type", "flags", "example"))
                .blocks()) {
            String id = b.one("rule");
            if (id == null || !id.matches("grammar\\.(command|lead|event|troops|location|role)\\.[a-z0-9.-]+")) {
                throw b.error("bad rule id " + id);
            }
            String pattern = b.joined("pattern", " ");
            if (pattern == null) {
                throw b.error("rule " + id + " has no pattern");
            }
            String type = b.one("type");
            out.add(new GrammarRule(id, id.split("\\.")[1], compile(pattern, source, b.line(), lexicon), pattern,
                    type == null ? null : EventType.ofCode(type), Set.copyOf(b.flags()), List.copyOf(b.all("example")),
                    PatternNeeds.of(expand(pattern, source, b.line(), lexicon))));
        }
        return out;
    }

    /** The pattern with each {@code $class} written out as an alternation of its lemmas. */
    static String expand(String pattern, String source, int line, Map<String, List<String>> lexicon) {
        Matcher m = CLASS_REF.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> lemmas = lexicon.get(m.group(1));
            if (lemmas == null) {
                throw new IllegalStateException(source + " [line " + line + "]: no lexicon class " + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("/" + String.join("|", lemmas) + "/"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern TRIGGER_LEMMAS = Pattern.compile("\\{lemma:/?([a-z|]+)/?(?:;[^}]*)?\\}=trigger");

    /**
     * Expands {@code $class} into a lemma alternation and compiles the Semgrex pattern. A trigger
     * lemma written out must be in the lexicon: only sentences holding a lexicon lemma are parsed,
     * so a rule whose trigger is not there would never see a parse.
     */
    static SemgrexPattern compile(String pattern, String source, int line, Map<String, List<String>> lexicon) {
        Matcher t = TRIGGER_LEMMAS.matcher(pattern);
        if (t.find()) {
            Set<String> known = new HashSet<>();
            lexicon.values().forEach(known::addAll);
            for (String lemma : t.group(1).split("\\|")) {
                if (!known.contains(lemma)) {
                    throw new IllegalStateException(source + " [line " + line + "]: trigger lemma '" + lemma
                            + "' is not in lexicon.tsv, so no sentence holding it is parsed");
                }
            }
        }
        String expanded = expand(pattern, source, line, lexicon);
        try {
            return SemgrexPattern.compile(expanded);
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + " [line " + line + "]: bad pattern: " + e.getMessage());
        }
    }
}
