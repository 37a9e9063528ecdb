package org.missionkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.missionkg.model.EventType;

/**
 * The rules, read from {@code /rules/*.rules} on the classpath: rules are data. A rule is a
 * block of {@code key: value} lines separated by blank lines:
 *
 * <pre>
 *   rule: command.transfer
 *   example: the head of the mission, Major-General Dany Fortin, would transfer command to Brigadier-General Jennie Carignan
 *   pattern: {P:old}{_}\btransfer\w*\s+command\s+to\s+{P:new}
 *   confidence: 0.9
 *   flags: at-is-start, handover
 * </pre>
 *
 * In a pattern, {@code {P}} stands for any person slot and {@code {P:new}} binds one as
 * {@code new}; the letters are those of {@link SlotType} and may be combined ({@code {CD:country}}).
 * {@code {_}} is a short gap without slots, {@code {__}} a longer one that may cross slots.
 * A group name may appear in several branches of an alternation. Matching ignores case.
 */
final class RuleBook {
    static final List<String> FILES = List.of("command", "lead", "event", "troops", "role", "location");
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)(?::(\\w+))?\\}|\\{(_{1,2})\\}");

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static RuleBook bundled() {
        List<Rule> all = new ArrayList<>();
        for (String f : FILES) {
            String path = "/rules/" + f + ".rules";
            try (InputStream in = RuleBook.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + path);
                }
                all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleBook(all);
    }

    /**
     * The rules read from a folder of {@code *.rules} files named as {@link #FILES}: for the rule
     * workbench, which re-reads them while someone edits.
     */
    static RuleBook read(java.nio.file.Path dir) {
        List<Rule> all = new ArrayList<>();
        for (String f : FILES) {
            java.nio.file.Path file = dir.resolve(f + ".rules");
            try {
                all.addAll(parse(java.nio.file.Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleBook(all);
    }

    List<Rule> rules() {
        return rules;
    }

    static List<Rule> parse(String text, String source) {
        List<Rule> out = new ArrayList<>();
        for (RuleBlocks.Block b : RuleBlocks.read(text, source,
                Set.of("rule", "pattern", "confidence", "type", "flags", "example")).blocks()) {
            String id = b.one("rule");
            if (id == null || !id.matches("[a-z]+\\.[a-z0-9.-]+")) {
                throw b.error("bad rule id " + id);
            }
            String pattern = b.joined("pattern", "");
            if (pattern == null) {
                throw b.error("rule " + id + " has no pattern");
            }
            String confidence = b.one("confidence");
            String type = b.one("type");
            out.add(new Rule(id, id.substring(0, id.indexOf('.')), compile(pattern, source, b.line()), pattern,
                    confidence == null ? 0.8 : Double.parseDouble(confidence), type == null ? null : EventType.ofCode(type),
                    Set.copyOf(b.flags()), List.copyOf(b.all("example")), SlotRequirements.of(pattern)));
        }
        return out;
    }

    /** How the n-th use (n >= 2) of a group name in one pattern is renamed; {@link FactBuilder} reads them all. */
    static final String REPEAT = "Rep";

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * Java regex refuses a group name used twice, even in two branches of an alternation
     * ({@code (?:{P:new} took over|{P:new} succeeded)}); rule writers need exactly that. The second
     * use of {@code new} becomes {@code newRep2}, the third {@code newRep3}: the fact builder takes
     * whichever of them matched.
     */
    static String numberRepeatedGroups(String regex) {
        Map<String, Integer> seen = new HashMap<>();
        Matcher g = NAMED_GROUP.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (g.find()) {
            int n = seen.merge(g.group(1), 1, Integer::sum);
            String name = n == 1 ? g.group(1) : g.group(1) + REPEAT + n;
            g.appendReplacement(sb, Matcher.quoteReplacement("(?<" + name + ">"));
        }
        g.appendTail(sb);
        return sb.toString();
    }

    /** Expands the slot macros into a Java regex. */
    static Pattern compile(String pattern, String source, int line) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep;
            if (m.group(3) != null) {
                rep = m.group(3).length() == 1 ? "[^⟦⟧.;:!?]{0,60}?" : "[^.;!?]{0,140}?";
            } else {
                String letters = m.group(1);
                String cls = letters.length() == 1 ? letters : "[" + letters + "]";
                rep = m.group(2) == null ? "⟦" + cls + "\\d+⟧" : "⟦" + cls + "(?<" + m.group(2) + ">\\d+)⟧";
                if (letters.contains("N")) {
                    // "more than ⟦N⟧": the qualifier before a number belongs to it.
                    rep = "(?:(?:up\\s+to|as\\s+many\\s+as|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|"
                            + "about|roughly|around|approximately|some|nearly|almost|near|over|under|just|only|"
                            + "an\\s+estimated)\\s+)?" + rep;
                }
                if (letters.matches(".*[MOL].*")) {
                    // "the mission", "its ⟦M⟧", "the ⟦O⟧": a determiner before a name is part of it.
                    rep = "(?:(?:the|its|their|a|an|our|this|that)\\s+(?:[a-z]+-?[a-z]+\\s+){0,2}?)?" + rep;
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        try {
            return Pattern.compile(numberRepeatedGroups(sb.toString()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(source + " [line " + line + "]: bad pattern: " + e.getDescription());
        }
    }
}
