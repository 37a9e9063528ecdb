package org.missionkg.extract;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.NameTitles;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

/**
 * What the extractor knows about the article as it reads it: the people named so far (so that
 * "Sajjan" after "Harjit Sajjan" is the same person), the roles and titles given them, and what
 * the sentences just read were about (mission, country, person, the last date with a year).
 * What is fixed before reading (publication date, focus, where each mission is named) is in
 * {@link ArticleFacts}; the extractor's parts take this one object and ask {@link #facts()} for
 * those.
 */
final class ArticleContext {
    private final ArticleFacts article;
    private final Map<String, EntityRef> peopleByName = new HashMap<>();
    /** The first word of each two-word name, for a lone name that is no known surname. */
    private final Map<String, EntityRef> firstWords = new HashMap<>();
    private final Map<String, String> rankByPerson = new HashMap<>();
    private final Map<String, EntityRef> roleOrganization = new HashMap<>();
    /** Titles the article gave a country ("Canada's defence minister"), by role IRI; null when two countries share one. */
    private final Map<String, EntityRef> titleCountry = new HashMap<>();
    private final Set<String> civilianPosts = new HashSet<>();
    private final Set<String> shipNames = new HashSet<>();
    private EntityRef recentMission;
    private EntityRef lastGovernment;
    /** The article offset of the office that set {@link #lastGovernment}; -1 when unknown. */
    private int lastGovernmentAt = -1;
    /** How far back, in characters, a named government still says whose a bare title is (about two sentences). */
    private static final int NEAR_GOVERNMENT = 300;
    private EntityRef recentCountry;
    private EntityRef sentencePerson;
    private FuzzyDate explicitDate;
    private FuzzyDate lastDay;
    /** The index of the article's first sentence of running text, once seen; -1 before. */
    private int firstProse = -1;

    /** Makes the entity for a name the article has not given before (the resolver's {@link MentionResolver#person}). */
    private final java.util.function.Function<String, EntityRef> newPerson;

    ArticleContext(ArticleFacts article) {
        this(article, name -> new EntityRef(EntityKind.PERSON, Iris.slug(name), name));
    }

    ArticleContext(ArticleFacts article, java.util.function.Function<String, EntityRef> newPerson) {
        this.article = article;
        this.newPerson = newPerson;
    }

    /** A context for reading an article, its fixed facts worked out from the gazetteer's matches ({@link ArticleFacts#of}). */
    static ArticleContext of(String articleId, LocalDate published, List<GazetteerMatch> titleMatches,
                             List<GazetteerMatch> bodyMatches, String body) {
        return new ArticleContext(ArticleFacts.of(articleId, published, titleMatches, bodyMatches, body));
    }

    /** As above, new people's entities made by {@code newPerson} ("Lord Robertson" → George Robertson). */
    static ArticleContext of(String articleId, LocalDate published, List<GazetteerMatch> titleMatches,
                             java.util.Set<EntityRef> titleMissions, List<GazetteerMatch> bodyMatches, String body,
                             java.util.function.Function<String, EntityRef> newPerson) {
        return new ArticleContext(ArticleFacts.of(articleId, published, titleMatches, titleMissions, bodyMatches, body),
                newPerson);
    }

    /** What is fixed before reading (see ArticleFacts and MissionMentions for what each means). */
    ArticleFacts facts() {
        return article;
    }

    // The reading state.

    /**
     * The mission the nearest of the two sentences before named as its subject, or null:
     * what a sentence that names none is about ("At the end, fewer than 20 personnel remained in
     * Bamako" after a sentence on EUTM Mali), before the article's focus.
     */
    /**
     * Whether the sentence is the lede, the article's first sentence of running text (a headline,
     * byline or dateline line before it is not); the sentences must be asked in order.
     */
    boolean isLede(AnnotatedSentence s) {
        if (firstProse < 0 && GrammarLayer.Reading.prose(s)) {
            firstProse = s.index();
        }
        return s.index() < 2 || s.index() == firstProse;
    }

    EntityRef recentMission() {
        return recentMission;
    }

    void setRecentMission(EntityRef mission) {
        recentMission = mission;
    }

    /** The country the sentence before named as its subject, or null: whom "It" and "its contribution" mean next. */
    EntityRef recentCountry() {
        return recentCountry;
    }

    void setRecentCountry(EntityRef country) {
        recentCountry = country;
    }

    /** The mission a sentence that names none is about: the one just named, else the focus. */
    EntityRef contextMission() {
        return recentMission != null ? recentMission : article.focusMission();
    }

    /** The date last named with its year ("January 2020"), for "November of that year". */
    FuzzyDate explicitDate() {
        return explicitDate;
    }

    void rememberExplicitDate(FuzzyDate date) {
        explicitDate = date;
    }

    /** The day a sentence last named, for "on that day", "the same day". */
    FuzzyDate lastDay() {
        return lastDay;
    }

    void rememberDay(FuzzyDate day) {
        lastDay = day;
    }

    EntityRef sentencePerson() {
        return sentencePerson;
    }

    void rememberSentencePerson(EntityRef person) {
        sentencePerson = person;
    }

    String knownRank(EntityRef person) {
        return rankByPerson.get(person.key());
    }

    /** The words of a rank a description may use for its holder: "the Indian general", "the admiral". */
    static final java.util.List<String> RANK_WORDS = java.util.List.of("general", "admiral", "commodore", "brigadier");
    private final Map<String, EntityRef> lastByRankWord = new java.util.HashMap<>();

    /** Notes a person named with a rank, as the latest holder of each rank word in it ("Brigadier-General": both). */
    void noteRankedPerson(EntityRef person, String rank) {
        if (person == null || rank == null) {
            return;
        }
        String r = rank.toLowerCase(Locale.ROOT);
        for (String w : RANK_WORDS) {
            if (r.contains(w)) {
                lastByRankWord.put(w, person);
            }
        }
    }

    /** The person last named with a rank holding this word, or null. */
    EntityRef lastWithRankWord(String word) {
        return lastByRankWord.get(word);
    }

    /**
     * The person a name refers to: a surname ("Olsen") or the tail of a compound name
     * ("Pugholm Olsen") is the longest full name ending with it that the article gives
     * ("Per Pugholm Olsen"), wherever in the article that full name stands (the extractor
     * reads every name once before it reads the facts); one name, one key, in every article.
     */
    EntityRef person(String name, String rank) {
        // "Sir Allan Kemakeza", "Mr John Smith": a title or courtesy word is no part of the name.
        String clean = NameTitles.dropBeforeFullName(
                name.replaceAll("['’]s$", "").replaceAll("[\\s,.;:]+$", "").strip());
        String[] parts = clean.split("\\s+");
        EntityRef ref = peopleByName.get(clean.toLowerCase(Locale.ROOT));
        if (ref == null && parts.length == 1) {
            // "Major General Wang Xiaojun ... Wang said": a family name written first.
            ref = firstWords.get(clean.toLowerCase(Locale.ROOT));
        }
        if (ref == null) {
            // One key a person whatever the article prints: "George Robertson" and "Lord Robertson" meet there.
            ref = newPerson.apply(clean);
        }
        if (parts.length == 2 && ref.label().equals(clean)) {
            firstWords.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), ref);
        }
        // Register every tail of the name ("anker lollesgaard", "lollesgaard"); a longer name wins.
        int words = ref.label().split("\\s+").length;
        for (int i = 0; i < parts.length; i++) {
            String tail = String.join(" ", Arrays.copyOfRange(parts, i, parts.length)).toLowerCase(Locale.ROOT);
            EntityRef known = peopleByName.get(tail);
            if (known == null || known.label().split("\\s+").length < words) {
                peopleByName.put(tail, ref);
            }
        }
        if (rank != null) {
            rankByPerson.put(ref.key(), rank);
        }
        return ref;
    }

    /** The organisation or country this person was said to hold this role in, earlier in the article. */
    EntityRef knownOrganization(EntityRef person, String role) {
        return roleOrganization.get(person.key() + "|" + role);
    }

    /**
     * A country-qualified title seen in the text, with or without a name: a later bare "Defence
     * Minister X" is most likely that country's ("Canada's defense minister announced ... Defense
     * Minister Harjit Sajjan is in Brussels").
     */
    void rememberTitleCountry(String roleIri, EntityRef country) {
        if (titleCountry.containsKey(roleIri) && titleCountry.get(roleIri) != null && !titleCountry.get(roleIri).sameAs(country)) {
            titleCountry.put(roleIri, null);
        } else {
            titleCountry.putIfAbsent(roleIri, country);
        }
    }

    EntityRef titleCountry(String roleIri) {
        return titleCountry.get(roleIri);
    }

    /**
     * An office the text gives someone, {@code at} the article offset of its mention: the office's organisation
     * is kept for the person's later mentions, and a president's or minister's country is the government a bare
     * title just after speaks for ({@link #governmentNamedJustBefore}).
     */
    void rememberRole(EntityRef person, String role, EntityRef organization, int at) {
        roleOrganization.putIfAbsent(person.key() + "|" + role, organization);
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains("representative") || r.contains("coordinator") || r.contains("envoy") || r.contains("head of mission")) {
            civilianPosts.add(person.key());
        }
        if (organization != null && organization.kind() == EntityKind.COUNTRY
                && (r.contains("president") || r.contains("prime minister") || r.contains("minister"))) {
            lastGovernment = organization;
            lastGovernmentAt = at;
        }
    }

    /**
     * The government whose president or minister was named just before {@code at} (within a few
     * hundred characters, the same stretch of the story), or null: "President X has asked for more
     * help. ... Defence Minister Y said" makes Y a minister of X's government.
     */
    EntityRef governmentNamedJustBefore(int at) {
        return lastGovernmentAt >= 0 && at >= lastGovernmentAt && at - lastGovernmentAt <= NEAR_GOVERNMENT ? lastGovernment : null;
    }

    /**
     * The country whose president or minister the article named last: the government a bare
     * "Government spokesman" or "Presidency spokesman" speaks for.
     */
    EntityRef lastGovernment() {
        return lastGovernment;
    }

    /** Whether the article gave this person a civilian post (special representative, coordinator, envoy). */
    boolean holdsCivilianPost(EntityRef person) {
        return person != null && civilianPosts.contains(person.key());
    }

    /** True when this single word is the surname of someone already named in full. */
    boolean isKnownSurname(String word) {
        EntityRef known = peopleByName.get(word.toLowerCase(Locale.ROOT));
        if (known == null) {
            // "Park succeeds Colonel Lim Hyun-sik": a family name written first ("Colonel Park Min-jae"), which
            // the tagger did not take for a name at the head of the sentence.
            known = firstWords.get(word.toLowerCase(Locale.ROOT));
        }
        return known != null && known.label().contains(" ");
    }

    /** A ship the article names with its prefix ("LE Roisin"): her name alone ("Roisin") is the ship too, not a person. */
    void noteShip(String name) {
        shipNames.add(name.toLowerCase(Locale.ROOT));
    }

    boolean isShip(String name) {
        return shipNames.contains(name.toLowerCase(Locale.ROOT));
    }
}
