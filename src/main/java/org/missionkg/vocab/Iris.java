package org.missionkg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.vocab.MKG;

/**
 * The one place where IRIs are minted. Same input, same IRI, on every run.
 *
 * <p>The base is {@link MKG#BASE}: {@code https://w3id.org/missionkg/} unless the system property
 * {@code missionkg.base} says otherwise (read once, at start-up).
 *
 * <p>It sits beside the vocabulary, not in {@code map}, because every stage names entities: the
 * reference knowledge keys the missions it recognises by their slug ({@link #slug}), the
 * extractor keys the people and places it finds the same way, {@code map} writes the graph with
 * these IRIs and {@code store}, {@code consolidate} and {@code link} read them back. Kept in the
 * lowest layer that every stage may use, it stays the only place that builds an IRI; it needs only
 * {@code model} (the records it names) and {@link MKG} (the base).
 */
public final class Iris {
    public static final String BASE = MKG.BASE;
    public static final String ONTOLOGY_NS = MKG.NS;
    public static final String ID = BASE + "id/";

    public static final String REFERENCE_GRAPH = BASE + "graph/reference";
    public static final String CONSOLIDATED_GRAPH = BASE + "graph/consolidated";
    /** One line per mission for the start page (label, facts, articles, first and last day), built with the consolidated graph. */
    public static final String SUMMARY_GRAPH = BASE + "graph/summary";
    /** Links to Wikidata made by reconciliation or review, with how each was made (never the checked ones). */
    public static final String LINKS_GRAPH = BASE + "graph/links";
    /** Which article set the reference and consolidated graphs were last built from (see pipeline.DerivedGraphs). */
    public static final String DERIVED_STATE_GRAPH = BASE + "graph/derived-state";
    public static final String ARTICLE_GRAPH_PREFIX = BASE + "graph/article/";
    public static final String ARTICLE_PREFIX = BASE + "article/";
    /** Every article fact's IRI starts so; nodes that belong to one fact (its evidence) extend its IRI. */
    public static final String FACT_PREFIX = BASE + "fact/";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String EDTF_DATATYPE = "http://id.loc.gov/datatypes/edtf/EDTF";

    private Iris() {
    }

    public static String entity(EntityRef ref) {
        return entity(ref.kind(), ref.key());
    }

    public static String entity(EntityKind kind, String key) {
        return ID + kind.path() + "/" + key;
    }

    public static String article(String articleId) {
        return ARTICLE_PREFIX + encode(articleId);
    }

    /**
     * The start page list's entry for one publication date as written ("" for none): it names the articles of
     * that date, so that a page of the list reads the dates it needs and their articles, not every article.
     */
    public static String listDay(String writtenDate) {
        return SUMMARY_GRAPH + "/day/" + (writtenDate.isEmpty() ? "none" : encode(writtenDate));
    }

    /** The start page's list of articles as a whole: what it holds of all its dates (how many articles). */
    public static String articleList() {
        return SUMMARY_GRAPH + "/articles";
    }

    public static String articleGraph(String articleId) {
        return ARTICLE_GRAPH_PREFIX + encode(articleId);
    }

    /** The article id back from an article graph's IRI, or null when it is not one. */
    public static String articleIdOfGraph(String graphIri) {
        if (!graphIri.startsWith(ARTICLE_GRAPH_PREFIX)) {
            return null;
        }
        return java.net.URLDecoder.decode(graphIri.substring(ARTICLE_GRAPH_PREFIX.length()), StandardCharsets.UTF_8);
    }

    public static String outlet(String name) {
        return entity(EntityKind.OUTLET, slug(name));
    }

    public static String eventType(String code) {
        return ID + "event-type/" + code;
    }

    public static String countQualifier(String code) {
        return ID + "count-qualifier/" + code;
    }

    public static String extractor(String ruleId, String version) {
        return BASE + "extractor/" + encode(ruleId) + "/" + encode(version);
    }

    public static String wikidataItem(String qid) {
        return WIKIDATA_ENTITY + qid;
    }

    /** The QID ("Q16") of a Wikidata item IRI, or null when the IRI is not one. */
    public static String wikidataQid(String iri) {
        if (iri == null || !iri.startsWith(WIKIDATA_ENTITY)) {
            return null;
        }
        String qid = iri.substring(WIKIDATA_ENTITY.length());
        return qid.matches("Q[1-9][0-9]*") ? qid : null;
    }

    /** The record of how an entity's link to Wikidata was made: one per entity, replaced when the link is. */
    public static String link(String entityIri) {
        return BASE + "link/" + hash("link|" + entityIri);
    }

    /** One undecided candidate item for an entity, kept for review. */
    public static String linkCandidate(String entityIri, String qid) {
        return BASE + "link/candidate/" + hash(entityIri + "|" + qid);
    }

    /** One run of the linker or one review decision ({@code method}), named by when it started. */
    public static String linkRun(String method, java.time.Instant startedAt) {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(startedAt);
        return BASE + "link/run/" + encode(method) + "-" + when;
    }

    /**
     * A fact's IRI: a hash of the article, the kind, the participants, what tells two facts
     * of one kind apart (event type, role, count) and the evidence span.
     */
    public static String fact(Fact fact) {
        StringBuilder key = new StringBuilder()
                .append(fact.provenance().articleId()).append('|')
                .append(fact.kind()).append('|');
        for (EntityRef p : fact.participants()) {
            key.append(p.kind().path()).append(':').append(p.key()).append(',');
        }
        key.append('|').append(fact.discriminator()).append('|')
                .append(fact.provenance().evidence().start()).append('-')
                .append(fact.provenance().evidence().end());
        return FACT_PREFIX + hash(key.toString());
    }

    /** An IRI for a consolidated node, from the kind and the sorted keys it rests on. */
    public static String consolidated(String kind, String key) {
        return BASE + "consolidated/" + kind + "/" + hash(key);
    }

    /**
     * A node of the build record in the derived-state graph that keeps something about one mission
     * ({@code what}: "claims", "summary"), not the mission's own IRI, so that the record stays out of
     * what the store says about the mission.
     */
    public static String derivedState(String what, String mission) {
        return DERIVED_STATE_GRAPH + "/" + what + "?mission=" + java.net.URLEncoder.encode(mission, StandardCharsets.UTF_8);
    }

    /** A lower-case ASCII slug: "Jennie Carignan" becomes "jennie-carignan". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + hash(name).substring(0, 8) : s;
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
