package org.missionkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Dependency;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Token;

/** The sentence's parse as a Semgrex graph, each word labelled with the slot it lies in. */
final class ParseGraph {
    /** Head nouns of a rank used as a description ("a French rear admiral", "an Italian general"). */
    static final Set<String> RANK_HEADS = Set.of("general", "admiral", "commodore", "colonel", "brigadier",
            "officer", "major-general", "lieutenant-general", "rear-admiral", "vice-admiral", "pilot", "paratrooper",
            "diplomat", "captain");

    final SemanticGraph graph = new SemanticGraph();
    private final AnnotatedSentence sentence;
    private final Slot[] slotOf;
    /** What "which" right after a name can stand for. */
    private static final Set<SlotType> RELATIVE_ANTECEDENTS = Set.of(SlotType.COUNTRY, SlotType.MISSION);

    private ParseGraph(AnnotatedSentence sentence, Slot[] slotOf) {
        this.sentence = sentence;
        this.slotOf = slotOf;
    }

    /** The slot each token lies in (null where none): a person's slot takes any token it overlaps. */
    private static Slot[] slotsOf(List<Token> tokens, List<Slot> slots) {
        Slot[] slotOf = new Slot[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (Slot slot : slots) {
                if (slot.begin() <= t.begin() && t.end() <= slot.end()
                        || slot.type() == SlotType.PERSON && slot.overlaps(t.begin(), t.end())) {
                    slotOf[i] = slot;
                    break;
                }
            }
        }
        return slotOf;
    }

    /**
     * The labels ({@code ner} values) each word of the sentence could carry in its graph, known before it is parsed:
     * a word in a slot carries its slot's label ({@link #of} gives the parse's say only to words no slot took); any
     * other word one of the sentence's free labels: O, the labels of the sentence's slots, and IT or DESCRIBED where
     * some word could take one. What {@link #of} gives words from the parse (a relative pronoun, a head noun) is
     * always the label of another word's slot, so no word's label in the graph is missing here.
     */
    static List<Set<String>> possibleLabels(AnnotatedSentence s, List<Slot> slots, Function<EntityRef, EntityRef> capitals) {
        List<Token> tokens = s.tokens();
        Slot[] slotOf = slotsOf(tokens, slots);
        Set<String> free = new java.util.HashSet<>();
        free.add("O");
        for (int i = 0; i < tokens.size(); i++) {
            if (slotOf[i] != null) {
                free.addAll(labelsOf(slotOf[i], capitals));
                continue;
            }
            Token t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (RANK_HEADS.contains(lemma(t))) {
                free.add("DESCRIBED");
            }
            if (POINTING_PRONOUNS.contains(word) || POINTER_NOUNS.contains(word)) {
                free.add("IT");
            }
        }
        Set<String> unslotted = Set.copyOf(free);
        List<Set<String>> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(slotOf[i] != null ? labelsOf(slotOf[i], capitals) : unslotted);
        }
        return out;
    }

    /** The labels a slot's words may take: its own, and a country's for a capital ({@link #capitalsGovern}). */
    private static Set<String> labelsOf(Slot slot, Function<EntityRef, EntityRef> capitals) {
        return capitalOf(slot, capitals) != null ? Set.of(slotLabel(slot), "COUNTRY") : Set.of(slotLabel(slot));
    }

    /** {@code capitals}: the country whose capital a place is, or null ({@code Gazetteer.countryOfCapital}). */
    static ParseGraph of(AnnotatedSentence s, List<Slot> slots, Function<EntityRef, EntityRef> capitals) {
        List<Token> tokens = s.tokens();
        Slot[] slotOf = slotsOf(tokens, slots);
        capitalsGovern(s, slotOf, capitals);
        // "taking over from Pakistan, which had led the force since January": the parser does not
        // always put the antecedent in place of a relative pronoun (enhanced++ does it when the
        // clause attaches to the name); right after "Name ," the pronoun stands for that name.
        for (int i = 2; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            Slot before = slotOf[i - 2];
            // "who" is a person's ("Erik Hoeg of Denmark, who led the mission" is Hoeg, not Denmark), "which" a country's or mission's
            boolean fits = before != null && (w.equals("who") ? before.type() == SlotType.PERSON
                    : w.equals("which") && RELATIVE_ANTECEDENTS.contains(before.type()));
            if (fits && slotOf[i] == null && tokens.get(i - 1).word().equals(",") && before.entity() != null) {
                slotOf[i] = before;
            }
        }
        // "ended its year-long Mare Nostrum rescue operation", "the Barkhane force": a head noun a
        // mission's name modifies is that mission.
        headsTakeMission(s, slotOf, "compound", NAMED_HEADS);
        // "a new EU police mission, EUPOL Proxima, begins work": the head noun a mission's name is in
        // apposition to is that mission, so a rule that wants the mission as subject finds it.
        headsTakeMission(s, slotOf, "appos", POINTER_NOUNS);
        // "Kimia II follows Umoja Wetu, the five-week joint offensive with Rwandan troops that formally ended on
        // February 25": the description in apposition after a mission's name is that mission too, so the relative
        // clause hung on it is the mission's.
        take(s, slotOf, "appos", DESCRIBING_NOUNS, SlotType.MISSION, false);
        // "His predecessor, Kestutis Jankauskas, headed the mission": the noun a person's name is in
        // apposition to is that person, so a rule that wants the person as subject finds them.
        headsTake(s, slotOf, "appos", PERSON_NOUNS, SlotType.PERSON);
        ParseGraph g = new ParseGraph(s, slotOf);
        IndexedWord[] nodes = new IndexedWord[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel cl = new CoreLabel();
            cl.setWord(t.word());
            cl.setValue(t.word());
            cl.setOriginalText(t.word());
            cl.setLemma(lemma(t));
            cl.setTag(t.pos());
            cl.setNER(slotOf[i] != null ? slotLabel(slotOf[i]) : described(s, i) ? "DESCRIBED"
                    : POINTING_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || barePointer(s, i) ? "IT" : "O");
            cl.setIndex(i + 1);
            cl.setSentIndex(0);
            cl.setBeginPosition(t.begin());
            cl.setEndPosition(t.end());
            nodes[i] = new IndexedWord(cl);
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Dependency d : s.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= nodes.length) {
                continue;
            }
            if (used.add(d.dependent())) {
                g.graph.addVertex(nodes[d.dependent()]);
            }
            if (d.governor() == Dependency.ROOT) {
                g.graph.addRoot(nodes[d.dependent()]);
            } else if (d.governor() < nodes.length) {
                if (used.add(d.governor())) {
                    g.graph.addVertex(nodes[d.governor()]);
                }
                g.graph.addEdge(nodes[d.governor()], nodes[d.dependent()],
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
            }
        }
        return g;
    }

    /** Nouns that stand for the person named beside them: "his predecessor, X", "her successor, Y". */
    private static final Set<String> PERSON_NOUNS = Set.of("predecessor", "successor");

    /** The relations by which a capital acts or owns, as its government does: "Rome will lead", "Ottawa's contribution". */
    private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "nmod:poss");
    /** The relations by which a capital gives or takes when another capital acts in the sentence: "from Athens", "to Madrid". */
    private static final Set<String> PASSING = Set.of("obl:from", "obl:to", "nmod:from");

    /**
     * "Rome will take over the lead from Athens in June", "Warsaw plans to cut its contingent to about 300": news names a
     * government by its capital, so a capital that acts or owns in a sentence (its subject or possessor), or hands over to
     * or takes from one that does, stands for its country there. A capital in any other place is the city: "based in
     * Rome", "flew from Paris".
     */
    private static void capitalsGovern(AnnotatedSentence s, Slot[] slotOf, Function<EntityRef, EntityRef> capitals) {
        List<Token> tokens = s.tokens();
        java.util.Map<Slot, Slot> governing = new java.util.HashMap<>();
        for (Set<String> relations : List.of(ACTING, PASSING)) {
            if (relations == PASSING && governing.isEmpty()) {
                break;
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0 || d.governor() >= tokens.size() || d.dependent() < 0 || d.dependent() >= tokens.size()) {
                    continue;
                }
                Slot slot = slotOf[d.dependent()];
                Slot country = slot == null || slotOf[d.governor()] == slot || !relations.contains(d.relation()) ? null
                        : asCountry(slot, capitals);
                if (country != null) {
                    governing.put(slot, country);
                }
            }
        }
        for (int i = 0; i < slotOf.length; i++) {
            Slot country = slotOf[i] == null ? null : governing.get(slotOf[i]);
            if (country != null) {
                slotOf[i] = country;
            }
        }
    }

    /** The country whose capital a place's slot names, or null for any other slot. */
    private static EntityRef capitalOf(Slot slot, Function<EntityRef, EntityRef> capitals) {
        return slot.type() == SlotType.PLACE ? capitals.apply(slot.entity()) : null;
    }

    /** A capital's slot as its country's, or null for any other slot. */
    private static Slot asCountry(Slot slot, Function<EntityRef, EntityRef> capitals) {
        EntityRef country = capitalOf(slot, capitals);
        return country == null ? null
                : Slot.entity(SlotType.COUNTRY, slot.begin(), slot.end(), slot.text(), country).withId(slot.id());
    }

    /** A head noun of these words, unlabelled, with a mission's name by this relation below it, stands for that mission. */
    private static void headsTakeMission(AnnotatedSentence s, Slot[] slotOf, String relation, Set<String> heads) {
        headsTake(s, slotOf, relation, heads, SlotType.MISSION);
    }

    /** A head noun of these words, unlabelled, with a slot of this type by this relation below it, stands for that slot. */
    private static void headsTake(AnnotatedSentence s, Slot[] slotOf, String relation, Set<String> heads, SlotType type) {
        take(s, slotOf, relation, heads, type, true);
    }

    /**
     * A word of these, unlabelled, at one end of this relation with a slot of this type at the other, stands for that
     * slot: the head when {@code headTakes}, else the dependent.
     */
    private static void take(AnnotatedSentence s, Slot[] slotOf, String relation, Set<String> words, SlotType type,
                             boolean headTakes) {
        List<Token> tokens = s.tokens();
        for (Dependency d : s.dependencies()) {
            if (!d.relation().equals(relation) || d.governor() < 0 || d.governor() >= tokens.size()
                    || d.dependent() < 0 || d.dependent() >= tokens.size()) {
                continue;
            }
            int taker = headTakes ? d.governor() : d.dependent();
            int given = headTakes ? d.dependent() : d.governor();
            if (slotOf[taker] == null && slotOf[given] != null && slotOf[given].type() == type
                    && words.contains(tokens.get(taker).word().toLowerCase(Locale.ROOT))) {
                slotOf[taker] = slotOf[given];
            }
        }
    }

    /** A rank noun with an indefinite article, not part of a name: "a French rear admiral". */
    private static boolean described(AnnotatedSentence s, int i) {
        Token t = s.tokens().get(i);
        String lemma = lemma(t);
        // "A Hungarian general": the tagger often takes "general" after a demonym for an adjective; the
        // article before it says it is the head noun.
        if (!(t.pos().startsWith("NN") || t.pos().equals("JJ")) || t.pos().startsWith("NNP") || !RANK_HEADS.contains(lemma)) {
            return false;
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() == i && d.relation().equals("det")) {
                String det = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                return det.equals("a") || det.equals("an");
            }
        }
        return false;
    }

    /**
     * "The force is commanded by X": a bare "the force" (or "this operation", "the coalition") that no slot took
     * points at the mission the sentence is about, as "it" does. Not "the Air Force" (a compound
     * name) nor "the use of force" (no determiner).
     */
    /** Head nouns a mission's name may modify ("the Mare Nostrum operation", "the Barkhane force"). */
    private static final java.util.Set<String> NAMED_HEADS = java.util.Set.of("operation", "mission", "force",
            "deployment", "operations", "missions");

    /** Nouns a description of a mission in apposition after its name is headed by: "X, the joint offensive that ...". */
    private static final java.util.Set<String> DESCRIBING_NOUNS = java.util.Set.of("force", "mission", "operation",
            "deployment", "intervention", "offensive", "campaign", "programme", "program", "effort", "initiative");

    /**
     * Pronouns that may stand for the mission a story is about: "it", "its", and "they" for the mission's people or
     * work ("They resumed in late May", the patrols; "They did not restart until October", the flights), which the
     * rules read as the mission's as they read "Patrols resumed".
     */
    private static final java.util.Set<String> POINTING_PRONOUNS = java.util.Set.of("it", "its", "they");

    /** Nouns news uses for the mission it is about: "the force", "the coalition", "the construct", "this deployment". */
    private static final java.util.Set<String> POINTER_NOUNS = java.util.Set.of("force", "mission", "operation",
            "coalition", "deployment", "construct", "intervention");

    /**
     * What leaves a pointer noun bare: "the joint task force" is the force the story is about as "the force" is,
     * and so is "the force, which Paris has called ..." (a relative clause says more of it, not which one).
     */
    private static boolean neutralModifier(String rel, String word) {
        return rel.equals("compound") && word.equals("task")
                || rel.equals("amod") && (word.equals("joint") || word.equals("combined"))
                || rel.equals("ref") || rel.startsWith("acl:relcl");
    }

    private static boolean barePointer(AnnotatedSentence s, int i) {
        Token t = s.tokens().get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (!POINTER_NOUNS.contains(word)) {
            return false;
        }
        boolean determined = false;
        for (Dependency d : s.dependencies()) {
            if (d.governor() != i) {
                continue;
            }
            String dep = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("det") && (dep.equals("the") || dep.equals("this"))) {
                determined = true;
            } else if (!d.relation().equals("punct") && !neutralModifier(d.relation(), dep)) {
                return false; // "the peacekeeping force", "the force's": a description, or not the subject
            }
        }
        return determined;
    }

    private static String label(SlotType type) {
        return switch (type) {
            case COMMAND_ROLE, ROLE -> "ROLE";
            case DEMONYM -> "COUNTRY";
            default -> type.name();
        };
    }

    Token token(IndexedWord w) {
        return sentence.tokens().get(w.index() - 1);
    }

    Slot slotAt(IndexedWord w) {
        return w == null ? null : slotOf[w.index() - 1];
    }

    /** The slot of the sentence's token at this 0-based position, or null. */
    Slot slotAt(int token) {
        return token < 0 || token >= slotOf.length ? null : slotOf[token];
    }

    Slot slot(IndexedWord w, SlotType type) {
        Slot s = slotAt(w);
        return s != null && s.type() == type ? s : null;
    }

    /** The country a word for troops names by a demonym or "from X" ("Canadian soldiers", "soldiers from Chad"), or null. */
    EntityRef nationalityOf(IndexedWord noun) {
        // "83 personnel from eleven EU countries and Serbia": a count drawn from many countries is no one country's.
        boolean fromMany = hasDependent(noun, "nmod:from", Set.of("country", "nation", "state"));
        for (var e : graph.outgoingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            // Not "about 130 personnel, nearly half of them Portuguese": a share the parser hangs on the noun.
            if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:from") && !fromMany)
                    && !hasRelation(e.getDependent(), "obl:npmod")) {
                EntityRef c = entity(e.getDependent(), EntityKind.COUNTRY);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The entity of the slot a word lies in, if it is of this kind (any kind when null), or null. */
    EntityRef entity(IndexedWord w, EntityKind kind) {
        Slot slot = slotAt(w);
        if (slot == null || slot.entity() == null) {
            return null;
        }
        return kind == null || slot.entity().kind() == kind ? slot.entity() : null;
    }

    /** Whether the word has any dependent by this relation. */
    boolean hasRelation(IndexedWord w, String relation) {
        for (var e : graph.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word has a dependent by this relation whose lemma is one of these ("since" as mark, "no" as det). */
    /**
     * Whether this relation from a word to this verb opens a relative clause: {@code acl:relcl}, or a clause the parser
     * hung on a name as a bare {@code dep} that is one all the same, its subject "who", "which" or something of "whose"
     * ("from Colonel Y, whose sixth contingent had served in Bor since March").
     */
    boolean opensRelativeClause(String relation, IndexedWord verb) {
        if (relation.equals("acl:relcl")) {
            return true;
        }
        if (!relation.equals("dep")) {
            return false;
        }
        for (var e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj") && (RELATIVE_PRONOUNS.contains(lemma(e.getDependent()))
                    || hasDependent(e.getDependent(), "nmod:poss", Set.of("whose")))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");

    boolean hasDependent(IndexedWord w, String relation, Set<String> lemmas) {
        for (var e : graph.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation) && lemmas.contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /** A word's lemma in lower case (its text when the tagger gave none). */
    static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * A token's lemma as the graph's node carries it (lower case, its text when the tagger gave none):
     * one rule for the graph and for {@link GrammarLayer#couldMatch}, which must agree on it.
     */
    static String lemma(Token t) {
        return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
    }

    /** The label ({@code ner} value) a word in this slot carries in the graph. */
    private static String slotLabel(Slot slot) {
        return SentenceSlots.isShip(slot) ? "SHIP" : label(slot.type());
    }
}
