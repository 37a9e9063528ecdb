package org.missionkg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.read.TurtleResource;
import org.missionkg.reference.AliasIndex.Hit;
import org.missionkg.reference.AliasIndex.Target;
import org.missionkg.reference.AliasTokens.Token;
import org.missionkg.reference.GazetteerMatch.Category;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The names missionkg knows before it reads an article: missions, countries (and their
 * demonyms), organisations, places, people, ranks and roles, each with its aliases, read from
 * RDF ({@code data/gazetteer.ttl}, on the classpath as {@value #RESOURCE}).
 *
 * <p>Entities are {@code rdfs:label} + {@code skos:altLabel}s, typed {@code mkg:Mission} and
 * so on; ranks and roles are SKOS concepts ({@code skos:prefLabel} + {@code skos:altLabel})
 * typed {@code mkg:Rank} / {@code mkg:Role}; a role's {@code mkg:countryLabel} gives a
 * country's own title for it. A mission may say who runs it ({@code mkg:operatedBy}) and where
 * it works ({@code mkg:hostCountry}): see {@link #operator} and {@link #hostCountries}. How
 * aliases match is described in {@link AliasTokens} and {@link AliasIndex}. Immutable once loaded and safe to share between threads, as long as
 * nobody changes {@link #model()}.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/missionkg/gazetteer.ttl";

    private static final Map<Resource, Category> ENTITY_TYPES = Map.of(
            MKG.Mission, Category.MISSION, MKG.Country, Category.COUNTRY, MKG.Organization, Category.ORGANIZATION,
            MKG.Place, Category.PLACE, MKG.Person, Category.PERSON);

    private final Model model;
    private final AliasIndex index = new AliasIndex();
    private final Map<String, Target> byIri = new HashMap<>();
    private final Map<String, String> wikidata = new HashMap<>();
    /** role IRI → (country key → that country's title for the role). */
    private final Map<String, Map<String, String>> scopedRoleLabels = new HashMap<>();
    /** role IRI → (a country's own title, lower case → that country's IRI). */
    private final Map<String, Map<String, String>> countryByRoleTitle = new HashMap<>();
    /** mission key → the organisation or country that runs it. */
    private final Map<String, EntityRef> operators = new HashMap<>();
    /** The keys of every mission the gazetteer lists. */
    private final java.util.Set<String> missionKeys = new java.util.HashSet<>();
    /** The missions whose operator is recorded, in the order the gazetteer lists them. */
    private final List<EntityRef> operatedMissions = new ArrayList<>();
    private final MissionEras eras = new MissionEras();
    /** mission key → the countries it works in, in label order. */
    private final Map<String, List<EntityRef>> hosts = new HashMap<>();
    /** organisation key → the country whose force it is ({@code mkg:forceOf}). */
    private final Map<String, EntityRef> forceCountries = new HashMap<>();
    /** place key → the country it is the capital of ({@code mkg:capitalOf}). */
    private final Map<String, EntityRef> capitalCountries = new HashMap<>();
    /** mission key → its label and alternative names. */
    private final Map<String, List<String>> missionNames = new HashMap<>();
    /** "joint peacekeeping forces" -> the missions named "Joint Peacekeeping Forces in …": see {@link #missionsNamedInFullAs}. */
    private final Map<String, List<EntityRef>> namedWithPlace = new HashMap<>();

    private Gazetteer(Model model) {
        this.model = model;
    }

    /** Reads a gazetteer from RDF; fails on an entity without a label or a malformed IRI. */
    public static Gazetteer load(Model model) {
        Gazetteer g = new Gazetteer(model);
        for (Map.Entry<Resource, Category> type : ENTITY_TYPES.entrySet()) {
            for (Resource r : model.listSubjectsWithProperty(RDF.type, type.getKey()).toList()) {
                g.addEntity(r, type.getValue());
            }
        }
        for (Resource r : model.listSubjectsWithProperty(RDF.type, MKG.Rank).toList()) {
            g.addConcept(r, Category.RANK);
        }
        for (Resource r : model.listSubjectsWithProperty(RDF.type, MKG.Role).toList()) {
            g.addConcept(r, Category.ROLE);
        }
        g.countryOfEach(MKG.forceOf, Category.ORGANIZATION, "an organisation", g.forceCountries);
        g.countryOfEach(MKG.capitalOf, Category.PLACE, "a place", g.capitalCountries);
        for (Resource r : model.listSubjectsWithProperty(RDF.type, MKG.Mission).toList()) {
            g.addMissionAttributes(r);
            g.eras.add(r, g.byIri.get(r.getURI()).entity(), iri -> g.entity(iri).orElse(null));
        }
        g.index.ambiguous().values().forEach(targets -> {
            if (targets.stream().allMatch(t -> t.category() == Category.MISSION)) {
                g.eras.sameName(targets.stream().map(Target::entity)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
            }
        });
        for (Statement s : model.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && s.getResource().getURI().startsWith(Iris.WIKIDATA_ENTITY)) {
                g.wikidata.put(s.getSubject().getURI(),
                        s.getResource().getURI().substring(Iris.WIKIDATA_ENTITY.length()));
            }
        }
        return g;
    }

    /**
     * Reads a property that ties an entity to one country ({@code mkg:forceOf} on an organisation, {@code mkg:capitalOf}
     * on a place) into {@code into}, keyed by the entity; fails on any other subject or on a count of countries but one.
     */
    private void countryOfEach(Property property, Category subjects, String subjectName, Map<String, EntityRef> into) {
        for (Resource r : model.listSubjectsWithProperty(property).toList()) {
            List<EntityRef> country = entities(r, property, Category.COUNTRY);
            Target subject = byIri.get(r.getURI());
            if (country.size() != 1 || subject == null || subject.category() != subjects) {
                throw new IllegalArgumentException(r + ": mkg:" + property.getLocalName() + " needs one country, on " + subjectName);
            }
            into.put(subject.entity().key(), country.get(0));
        }
    }

    /** The gazetteer shipped on the classpath, read once. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = load(TurtleResource.read(RESOURCE));
    }

    /** The gazetteer as RDF, for the reference graph. Do not modify it. */
    public Model model() {
        return model;
    }

    /** Every alias in the text, leftmost-longest, without overlaps, in text order. */
    public List<GazetteerMatch> scan(String text) {
        List<Token> tokens = AliasTokens.tokenize(text);
        List<GazetteerMatch> out = new ArrayList<>();
        for (Hit h : index.scan(tokens)) {
            int start = tokens.get(h.from()).start();
            int end = tokens.get(h.to() - 1).end();
            out.add(match(start, end, text.substring(start, end), h.target()));
        }
        return out;
    }

    /** The entity, rank or role that is exactly this alias (normalised as in a scan). */
    public Optional<GazetteerMatch> lookup(String surface) {
        List<Token> tokens = AliasTokens.tokenize(surface);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Target t = index.exact(tokens);
        if (t == null && tokens.size() > 1 && tokens.get(0).fold().equals("the")) {
            t = index.exact(tokens.subList(1, tokens.size()));
        }
        return t == null ? Optional.empty() : Optional.of(match(0, surface.length(), surface, t));
    }

    /** A role's title in that country ("Minister of National Defence" in Canada), else its prefLabel. */
    public Optional<String> roleLabelFor(String roleIri, EntityRef country) {
        Target role = byIri.get(roleIri);
        if (role == null || role.category() != Category.ROLE) {
            return Optional.empty();
        }
        if (country != null && country.kind() == EntityKind.COUNTRY) {
            String scoped = scopedRoleLabels.getOrDefault(roleIri, Map.of()).get(country.key());
            if (scoped != null) {
                return Optional.of(scoped);
            }
        }
        return Optional.of(role.label());
    }

    /** The checked Wikidata ID ("Q16") of an entity, when the gazetteer has one. */
    public Optional<String> wikidataId(String entityIri) {
        return Optional.ofNullable(wikidata.get(entityIri));
    }

    /**
     * The country whose own title for a role is exactly this text: "Minister of National Defence"
     * is Canada's, so a minister so titled with no country named is Canada's.
     */
    public Optional<EntityRef> countryOfRoleTitle(String roleIri, String title) {
        String iri = title == null ? null : countryByRoleTitle.getOrDefault(roleIri, Map.of())
                .get(title.strip().toLowerCase(java.util.Locale.ROOT));
        return iri == null ? Optional.empty() : entity(iri);
    }

    /** The entity an IRI of this gazetteer names, when it is an entity (not a rank or role). */
    public Optional<EntityRef> entity(String iri) {
        Target t = byIri.get(iri);
        return t == null ? Optional.empty() : Optional.ofNullable(t.entity());
    }

    /**
     * The organisation or country that runs a mission ({@code mkg:operatedBy}): NATO for KFOR,
     * the European Union for EUTM Mali, France for Operation Barkhane. Empty for a mission the
     * gazetteer does not know or whose operator it does not record (the Multinational Force and
     * Observers is its own organisation). A stable attribute of the mission, not a news fact.
     */
    public Optional<EntityRef> operator(EntityRef mission) {
        return mission == null || mission.kind() != EntityKind.MISSION ? Optional.empty()
                : Optional.ofNullable(operators.get(mission.key()));
    }

    /**
     * The country whose armed forces, service or defence ministry an organisation is ({@code mkg:forceOf}): Germany
     * for the Bundeswehr, the United Kingdom for the Royal Navy. Empty for any other organisation.
     */
    public Optional<EntityRef> countryOfForce(EntityRef organization) {
        return organization == null || organization.kind() != EntityKind.ORGANIZATION ? Optional.empty()
                : Optional.ofNullable(forceCountries.get(organization.key()));
    }

    /**
     * The country whose capital a place is ({@code mkg:capitalOf}): Italy for Rome, Canada for Ottawa, which news names
     * for their governments ("Rome will take over the lead"). Empty for any other place. A place found in text by
     * the named-entity tagger and not by the gazetteer has the same key as the gazetteer's, so it is known too.
     */
    public Optional<EntityRef> countryOfCapital(EntityRef place) {
        return place == null || place.kind() != EntityKind.PLACE ? Optional.empty()
                : Optional.ofNullable(capitalCountries.get(place.key()));
    }

    /** Whether one country runs this mission (a national operation or unit), by its recorded operator. */
    public boolean runByACountry(EntityRef mission) {
        return operator(mission).map(o -> o.kind() == EntityKind.COUNTRY).orElse(false);
    }

    /** Whether an organisation (the UN, NATO, the EU, the AU ...) runs this mission, by its recorded operator. */
    public boolean runByAnOrganization(EntityRef mission) {
        return operator(mission).map(o -> o.kind() == EntityKind.ORGANIZATION).orElse(false);
    }

    /**
     * The countries a mission works in ({@code mkg:hostCountry}), sorted by label: South Sudan
     * for UNMISS; Iraq and Syria for Operation Inherent Resolve. Empty for a mission the gazetteer
     * does not know and for one at sea or without a fixed host (Combined Task Force 151).
     */
    public List<EntityRef> hostCountries(EntityRef mission) {
        return mission == null || mission.kind() != EntityKind.MISSION ? List.of()
                : hosts.getOrDefault(mission.key(), List.of());
    }

    /**
     * Whom a mission-wide troop total is counted for: the mission's operator (NATO for NATO Mission
     * Iraq), or the mission itself when the gazetteer lists it without one (the Multinational Force
     * and Observers is its own organisation). Empty for a mission the gazetteer does not know.
     */
    public Optional<EntityRef> totalCountedFor(EntityRef mission) {
        Optional<EntityRef> op = operator(mission);
        if (op.isPresent() || mission == null || mission.kind() != EntityKind.MISSION) {
            return op;
        }
        return missionKeys.contains(mission.key()) ? Optional.of(mission) : Optional.empty();
    }

    /**
     * Every name the gazetteer gives a mission, its label first: the names say what kind of mission
     * it is ("UN political mission in Nepal", "EU civilian mission in Armenia"). Just the label for
     * a mission it does not know.
     */
    public List<String> names(EntityRef mission) {
        if (mission == null) {
            return List.of();
        }
        List<String> known = missionNames.get(mission.key());
        return known != null && mission.kind() == EntityKind.MISSION ? known : List.of(mission.label());
    }

    private static final java.util.regex.Pattern NAME_IN_PLACE = java.util.regex.Pattern.compile("(\\p{Lu}.+?) in (?:the )?\\p{Lu}.*");

    /**
     * The missions one of whose names is this name followed by where they work: "Joint Peacekeeping Forces"
     * gives the forces "in South Ossetia" (and those "in Transnistria"). An article that prints only the
     * short name may mean any of them.
     */
    public List<EntityRef> missionsNamedInFullAs(String shortName) {
        return namedWithPlace.getOrDefault(shortName.strip().toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** The missions a country or organisation runs, as far as the gazetteer records operators. */
    public List<EntityRef> missionsOperatedBy(EntityRef operator) {
        return operatedMissions.stream().filter(m -> operator.equals(operators.get(m.key()))).toList();
    }

    /** When missions were active, which one followed which, and which share a name. */
    public MissionEras eras() {
        return eras;
    }

    /** How many aliases (distinct by matching rule) the index holds. */
    int aliasCount() {
        return index.aliasCount();
    }

    /** Aliases that name more than one thing, for checking the data. */
    Map<String, java.util.Set<Target>> ambiguousAliases() {
        return index.ambiguous();
    }

    private static GazetteerMatch match(int start, int end, String surface, Target t) {
        return new GazetteerMatch(start, end, surface, t.category(), t.iri(), t.label(), t.entity());
    }

    private void addEntity(Resource r, Category category) {
        String label = requiredLabel(r, RDFS.label);
        EntityRef ref = new EntityRef(category.entityKind(), keyOf(r, category.entityKind().path()), label);
        Target t = register(r, new Target(category, r.getURI(), label, ref));
        addAliases(r, t, label);
        if (category == Category.COUNTRY) {
            Target demonym = new Target(Category.DEMONYM, r.getURI(), label, ref);
            for (String d : strings(r, MKG.demonym)) {
                index.add(d, demonym);
            }
        }
    }

    private void addConcept(Resource r, Category category) {
        String label = requiredLabel(r, SKOS.prefLabel);
        keyOf(r, category == Category.RANK ? "rank" : "role");
        Target t = register(r, new Target(category, r.getURI(), label, null));
        addAliases(r, t, label);
        for (Statement s : r.listProperties(MKG.countryLabel).toList()) {
            Resource scope = s.getResource();
            Resource country = scope.getPropertyResourceValue(MKG.country);
            String scoped = requiredLabel(scope, RDFS.label);
            if (country == null || !country.isURIResource()) {
                throw new IllegalArgumentException("mkg:countryLabel without a country on " + r);
            }
            scopedRoleLabels.computeIfAbsent(r.getURI(), k -> new HashMap<>())
                    .put(keyOf(country, EntityKind.COUNTRY.path()), scoped);
            countryByRoleTitle.computeIfAbsent(r.getURI(), k -> new HashMap<>())
                    .put(scoped.toLowerCase(java.util.Locale.ROOT), country.getURI());
            index.add(scoped, t);
        }
    }

    /** Reads a mission's operator and host countries; each must be a country or organisation here. */
    private void addMissionAttributes(Resource r) {
        String key = keyOf(r, EntityKind.MISSION.path());
        missionKeys.add(key);
        List<String> names = new ArrayList<>();
        names.add(requiredLabel(r, RDFS.label));
        names.addAll(strings(r, SKOS.altLabel));
        missionNames.put(key, List.copyOf(names));
        for (String name : names) {
            java.util.regex.Matcher inPlace = NAME_IN_PLACE.matcher(name);
            if (inPlace.matches()) {
                List<EntityRef> same = namedWithPlace.computeIfAbsent(inPlace.group(1).toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>());
                EntityRef mission = byIri.get(r.getURI()).entity();
                if (!same.contains(mission)) {
                    same.add(mission);
                }
            }
        }
        List<EntityRef> operator = entities(r, MKG.operatedBy, Category.ORGANIZATION, Category.COUNTRY);
        if (operator.size() > 1) {
            throw new IllegalArgumentException(r + " has more than one mkg:operatedBy: " + operator);
        }
        if (!operator.isEmpty()) {
            operators.put(key, operator.get(0));
            operatedMissions.add(byIri.get(r.getURI()).entity());
        }
        List<EntityRef> host = entities(r, MKG.hostCountry, Category.COUNTRY);
        if (!host.isEmpty()) {
            hosts.put(key, host.stream().sorted(java.util.Comparator.comparing(EntityRef::label)).toList());
        }
    }

    private List<EntityRef> entities(Resource r, org.apache.jena.rdf.model.Property p, Category... allowed) {
        List<EntityRef> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            Target t = s.getObject().isURIResource() ? byIri.get(s.getResource().getURI()) : null;
            if (t == null || !List.of(allowed).contains(t.category())) {
                throw new IllegalArgumentException(r + " " + p.getLocalName() + " " + s.getObject()
                        + ": not a gazetteer " + List.of(allowed));
            }
            out.add(t.entity());
        }
        return out;
    }

    private Target register(Resource r, Target t) {
        if (byIri.putIfAbsent(r.getURI(), t) != null) {
            throw new IllegalArgumentException(r + " has more than one gazetteer type");
        }
        return t;
    }

    private void addAliases(Resource r, Target t, String label) {
        index.add(label, t);
        for (String alias : strings(r, SKOS.altLabel)) {
            index.add(alias, t);
        }
        if (t.category() == Category.MISSION) {
            List<String> names = new ArrayList<>(strings(r, SKOS.altLabel));
            names.add(label);
            for (String name : names) {
                var m = CODE_NAME.matcher(name);
                if (m.matches()) {
                    index.addAsWritten(m.group(1), t);
                }
            }
        }
    }

    /**
     * A code name of two or more capitalised words after "Operation" ("Operation Essential
     * Harvest"): news drops the "Operation" once the name is known ("Essential Harvest, the
     * British-led operation, ..."). Written with its capitals such a pair of words is the operation's
     * name and nothing else; a one-word name ("Impact", "Reassurance") alone is an ordinary word, and
     * so is a lower-case "olive branch".
     */
    private static final Pattern CODE_NAME = Pattern.compile("(?:Operation|Op\\.?) ((?:\\p{Lu}\\p{Ll}+ )+\\p{Lu}\\p{Ll}+)");

    private static String requiredLabel(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> labels = strings(r, p);
        if (labels.size() != 1 || labels.get(0).isBlank()) {
            throw new IllegalArgumentException(r + " needs exactly one " + p.getLocalName() + ", has " + labels);
        }
        return labels.get(0);
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                if (l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                    out.add(l.getLexicalForm());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The last path segment of {@code …/id/{path}/{key}}, checked to be a valid key. */
    private static String keyOf(Resource r, String path) {
        String iri = r.isURIResource() ? r.getURI() : "";
        String marker = "/id/" + path + "/";
        int at = iri.lastIndexOf(marker);
        String key = at < 0 ? "" : iri.substring(at + marker.length());
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a gazetteer " + path + " IRI: " + r);
        }
        return key;
    }
}
