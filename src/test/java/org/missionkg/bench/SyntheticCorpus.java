package org.missionkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.CountQualifier;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.TroopContribution;
import org.missionkg.reference.Gazetteer;
import org.missionkg.vocab.Iris;

/**
 * A synthetic corpus of facts for store benchmarks, made without NLP: article texts are written
 * from templates, and the facts they state (with evidence offsets into those texts) go through
 * the real {@link ArticleGraphMapper}, so the quads are those an ingest would store.
 *
 * <p>Missions and countries come from the gazetteer; a few missions get most of the news (a
 * Zipf-like weight by position). Each mission has its own history, fixed by the seed: a start
 * date, commanders who follow each other every one to three years, lead nations every two to
 * four. An article is published on a day within the mission's history and reports what held
 * then (who was in command, since when; who led; an event; troop numbers; an office held), with
 * dates at the precision news gives (day, month, season), so consolidation has overlapping and
 * now and then disagreeing claims to merge. Same seed and count, same quads, byte for byte.
 *
 * <pre>
 *   SyntheticCorpus c = SyntheticCorpus.create(42);
 *   c.writeNQuads(dir, 100_000, 10);   // 10 gzipped N-Quads files, one graph per article
 * </pre>
 */
public final class SyntheticCorpus {
    /** Every synthetic article says it was ingested at this instant, so that output is reproducible. */
    static final Instant INGESTED = Instant.parse("2026-01-01T00:00:00Z");
    static final String VERSION = "synthetic-1";
    private static final String[] FIRST = {"Anna", "Bruno", "Carla", "David", "Elena", "Frank", "Greta", "Hugo", "Ines",
        "Jonas", "Karin", "Lars", "Maria", "Niels", "Olga", "Pavel", "Rita", "Stefan", "Tomas", "Ulla", "Viktor",
        "Wanda", "Yusuf", "Zofia", "Marc", "Sophie", "Piotr", "Aino", "Dario", "Helga", "Ivo", "Joana"};
    private static final String[] LAST = {"Andersen", "Berger", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
        "Ivanov", "Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt",
        "Tanaka", "Ueda", "Visser", "Weber", "Xavier", "Young", "Zeller", "Lindqvist", "Marchetti", "Haugen", "Kerr"};
    private static final String[] RANKS = {"Maj.-Gen.", "Lt.-Gen.", "Brig.-Gen.", "Gen.", "Rear Admiral"};
    private static final String[] OUTLETS = {"Defence Daily", "The Garrison Post", "Northern Herald", "Alliance Review",
        "Capital Wire", "Coastal Times", "Evening Dispatch", "World Desk"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] SEASONS = {"spring", "summer", "fall", "winter"};
    private static final EventType[] EVENTS = {EventType.EXTENSION, EventType.SUSPENSION, EventType.RESUMPTION,
        EventType.EXPANSION, EventType.DRAWDOWN, EventType.HANDOVER};
    private static final String[] COUNTS = {"troops", "trainers", "soldiers", "personnel"};

    private final long seed;
    private final List<EntityRef> missions;
    private final List<EntityRef> countries;
    private final double[] cumulative;
    private final ArticleGraphMapper mapper = ArticleGraphMapper.create(VERSION);

    private SyntheticCorpus(long seed, List<EntityRef> missions, List<EntityRef> countries) {
        this.seed = seed;
        this.missions = missions;
        this.countries = countries;
        this.cumulative = new double[missions.size()];
        double sum = 0;
        for (int i = 0; i < missions.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A corpus drawn from the bundled gazetteer's missions and countries. */
    public static SyntheticCorpus create(long seed) {
        Model g = Gazetteer.bundled().model();
        return new SyntheticCorpus(seed, entities(g, "Mission", EntityKind.MISSION), entities(g, "Country", EntityKind.COUNTRY));
    }

    private static List<EntityRef> entities(Model g, String type, EntityKind kind) {
        String q = "PREFIX mkg: <https://w3id.org/missionkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?e (MIN(STR(?l)) AS ?label) WHERE { ?e a mkg:" + type + " ; rdfs:label ?l } GROUP BY ?e ORDER BY ?e";
        List<EntityRef> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, g)) {
            qe.execSelect().forEachRemaining(row -> {
                String iri = row.getResource("e").getURI();
                out.add(new EntityRef(kind, iri.substring(iri.lastIndexOf('/') + 1), row.getLiteral("label").getString()));
            });
        }
        return out;
    }

    /** One article and its facts: what an extraction of its text would give. */
    public record Item(Article article, List<Fact> facts) {
    }

    /** The i-th article of the corpus (any order, any thread: it depends only on the seed and i). */
    public Item item(int i) {
        Random r = new Random(mix(seed * 1_000_003L + i));
        int mi = pickMission(r.nextDouble());
        EntityRef mission = missions.get(mi);
        History h = history(mi);
        LocalDate day = h.start.plusDays(r.nextInt(h.days));
        String id = "syn-" + seed + "-" + i;
        StringBuilder text = new StringBuilder();
        List<Pending> facts = new ArrayList<>();
        FuzzyDate asOf = FuzzyDate.ofDay(day);

        int k = h.commanderAt(day);
        EntityRef commander = person(mi, k);
        String rank = RANKS[(mi + k) % RANKS.length];
        LocalDate since = h.commanderStart(k);
        FuzzyDate start = vague(r, since);
        int s0 = text.length();
        text.append(rank).append(' ').append(commander.label()).append(" has commanded ").append(mission.label())
                .append(" since ").append(words(start)).append('.');
        facts.add(new Pending(s0, text.length(), "command", p -> new CommandTenure(commander, mission, rank, start, null, p)));
        text.append(' ');

        if (k > 0 && r.nextInt(3) == 0) {
            EntityRef before = person(mi, k - 1);
            int s1 = text.length();
            FuzzyDate handed = vague(r, since);
            text.append(before.label()).append(" handed over command in ").append(words(handed)).append('.');
            facts.add(new Pending(s1, text.length(), "command-end", p -> new CommandTenure(before, mission, null, null, handed, p)));
            text.append(' ');
        }
        if (r.nextInt(2) == 0) {
            int l = h.leadAt(day);
            EntityRef lead = countries.get(Math.floorMod(mi * 7 + l * 13, countries.size()));
            FuzzyDate from = vague(r, h.leadStart(l));
            int s2 = text.length();
            text.append(lead.label()).append(" has led the mission since ").append(words(from)).append('.');
            facts.add(new Pending(s2, text.length(), "lead", p -> new Leadership(lead, mission, from, null, p)));
            text.append(' ');
        }
        if (r.nextInt(2) == 0) {
            EventType type = EVENTS[r.nextInt(EVENTS.length)];
            FuzzyDate when = FuzzyDate.ofDay(day.minusDays(r.nextInt(10)));
            FuzzyDate until = type == EventType.EXTENSION ? FuzzyDate.ofMonth(YearMonth.from(day.plusYears(1))) : null;
            int s3 = text.length();
            text.append("The mission's ").append(type.code()).append(" was announced on ").append(words(when))
                    .append(until == null ? "" : ", until " + words(until)).append('.');
            facts.add(new Pending(s3, text.length(), "event", p -> new MissionEvent(mission, type, when, until, null, null, p)));
            text.append(' ');
        }
        if (r.nextInt(5) < 2) {
            EntityRef country = countries.get(r.nextInt(countries.size()));
            long count = 50L * (1 + r.nextInt(40));
            CountQualifier q = CountQualifier.values()[r.nextInt(3)];
            String counts = COUNTS[r.nextInt(COUNTS.length)];
            int s4 = text.length();
            text.append(country.label()).append(" has ").append((q.phrase() + " " + count).strip()).append(' ').append(counts)
                    .append(" in the mission.");
            facts.add(new Pending(s4, text.length(), "troops",
                    p -> new TroopContribution(country, mission, count, q, counts, null, null, asOf, p)));
            text.append(' ');
        }
        if (r.nextInt(10) < 3) {
            EntityRef country = countries.get(r.nextInt(countries.size()));
            EntityRef minister = new EntityRef(EntityKind.PERSON, "minister-" + country.key() + "-" + (day.getYear() / 4),
                    FIRST[Math.floorMod(country.key().hashCode() + day.getYear() / 4, FIRST.length)] + " "
                            + LAST[Math.floorMod(country.key().hashCode() * 31 + day.getYear() / 4, LAST.length)]);
            int s5 = text.length();
            text.append(minister.label()).append(", the Minister of Defence of ").append(country.label()).append(", visited the troops.");
            facts.add(new Pending(s5, text.length(), "role", p -> new RoleHolding(minister, "Minister of Defence", country, p)));
        }
        String body = text.toString().strip();
        List<Fact> made = new ArrayList<>();
        for (Pending f : facts) {
            String sentence = body.substring(f.start, f.end);
            Provenance p = new Provenance(id, Evidence.of(body, f.start, f.end, sentence), 0.6 + r.nextInt(40) / 100.0,
                    "synthetic." + f.rule, asOf);
            made.add(f.make.apply(p));
        }
        ArticleMeta meta = new ArticleMeta(mission.label() + ": news of " + day, OUTLETS[r.nextInt(OUTLETS.length)], null,
                FuzzyDate.ofDay(day), "https://news.example/" + id, "en", Map.of());
        return new Item(new Article(id, "synthetic/" + id + ".txt", body, meta, sha256(body)), List.copyOf(made));
    }

    /** The article's named graph as the ingest would store it. */
    public Model graph(Item item) {
        return mapper.map(item.article(), item.facts(), INGESTED);
    }

    /** Articles [from, to) as the ingest would store them: each article graph's IRI and its graph, in order. */
    public Map<String, org.apache.jena.graph.Graph> articleGraphs(int from, int to) {
        Map<String, org.apache.jena.graph.Graph> out = new java.util.LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Item item = item(i);
            out.put(Iris.articleGraph(item.article().id()), graph(item).getGraph());
        }
        return out;
    }

    /** Articles [from, to) as quads, each in its article graph, to a stream (grouped by graph). */
    public void write(int from, int to, StreamRDF out) {
        for (int i = from; i < to; i++) {
            Item item = item(i);
            Node g = NodeFactory.createURI(Iris.articleGraph(item.article().id()));
            graph(item).getGraph().find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
        }
    }

    /**
     * Writes articles [0, n) as {@code files} gzipped N-Quads files ({@code part-00000.nq.gz}, ...)
     * and returns them.
     */
    public List<Path> writeNQuads(Path dir, int n, int files) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        int per = (n + files - 1) / files;
        for (int f = 0; f * per < n; f++) {
            Path file = dir.resolve(String.format("part-%05d.nq.gz", f));
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                w.start();
                write(f * per, Math.min(n, (f + 1) * per), w);
                w.finish();
            }
            out.add(file);
        }
        return out;
    }

    private int pickMission(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A mission's made-up history: when it started, and when each commander and lead nation took over. */
    private History history(int mi) {
        Random r = new Random(mix(seed ^ (0x9E3779B97F4A7C15L * (mi + 1))));
        LocalDate start = LocalDate.of(1995 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int days = 365 * (2 + r.nextInt(8));
        List<LocalDate> commanders = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(start.plusDays(days)); d = d.plusDays(365 + r.nextInt(730))) {
            commanders.add(d);
        }
        List<LocalDate> leads = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(start.plusDays(days)); d = d.plusDays(730 + r.nextInt(730))) {
            leads.add(d);
        }
        return new History(start, days, commanders, leads);
    }

    private record History(LocalDate start, int days, List<LocalDate> commanders, List<LocalDate> leads) {
        int commanderAt(LocalDate d) {
            return last(commanders, d);
        }

        LocalDate commanderStart(int k) {
            return commanders.get(k);
        }

        int leadAt(LocalDate d) {
            return last(leads, d);
        }

        LocalDate leadStart(int l) {
            return leads.get(l);
        }

        private static int last(List<LocalDate> starts, LocalDate d) {
            int k = 0;
            while (k + 1 < starts.size() && !starts.get(k + 1).isAfter(d)) {
                k++;
            }
            return k;
        }
    }

    /** The k-th commander of mission mi: a made-up name, the same on every article that names them. */
    private EntityRef person(int mi, int k) {
        Random r = new Random(mix(seed * 31 + mi * 1_000L + k));
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        return new EntityRef(EntityKind.PERSON, Iris.slug(name) + "-" + mi + "-" + k, name);
    }

    /** A day as news gives it: the day itself, its month, or its season (and one time in 20, a month off). */
    private static FuzzyDate vague(Random r, LocalDate d) {
        int p = r.nextInt(20);
        if (p == 0) {
            return FuzzyDate.ofMonth(YearMonth.from(d.plusMonths(1 + r.nextInt(3))));
        }
        if (p < 10) {
            return FuzzyDate.ofDay(d);
        }
        if (p < 17) {
            return FuzzyDate.ofMonth(YearMonth.from(d));
        }
        int season = ((d.getMonthValue() + 9) % 12) / 3; // Mar-May spring (0) ... Dec-Feb winter (3)
        int year = d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
        return FuzzyDate.ofSeason(year, 21 + season);
    }

    private static String words(FuzzyDate d) {
        String e = d.edtf();
        if (e.length() == 10) {
            LocalDate day = LocalDate.parse(e);
            return MONTHS[day.getMonthValue() - 1] + " " + day.getDayOfMonth() + ", " + day.getYear();
        }
        int code = Integer.parseInt(e.substring(5, 7));
        return code > 20 ? "the " + SEASONS[code - 21] + " of " + e.substring(0, 4) : MONTHS[code - 1] + " " + e.substring(0, 4);
    }

    /** A fact whose sentence is [start, end) of the text; made once the text is complete, for its evidence context. */
    private record Pending(int start, int end, String rule, java.util.function.Function<Provenance, Fact> make) {
    }

    /**
     * SplitMix64's finaliser: java.util.Random's first outputs for neighbouring seeds are nearly
     * equal, so each seed is scrambled before use.
     */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
