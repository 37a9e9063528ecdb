package org.missionkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
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
import org.missionkg.model.Stationing;
import org.missionkg.model.TroopContribution;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.TitleHolders;

/**
 * Turns one rule match into facts. The rule's named groups say who plays which part
 * ({@code new}, {@code old}, {@code cmd}, {@code country}, {@code mission}, {@code num},
 * {@code person}, {@code role}, {@code org}, {@code place}…); dates come from the sentence's
 * date slots, read by their role (since, until, at) and nearness to the match.
 */
final class FactBuilder {
    private final Gazetteer gazetteer;
    private final TitleHolders titles;

    FactBuilder(Gazetteer gazetteer, TitleHolders titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /**
     * Everything one match says. {@code mission} is the mission the sentence is about, if any;
     * {@code previous} is the mission the sentence before named, when this sentence
     * names none but "the mission" or "its": for who commands or leads, "Its commander, X" goes
     * on about that mission rather than the article's, and so does "The mission's commander, X"
     * when the sentence before called it a mission too ("… the alliance's mission …"), not
     * when it only mentioned the coalition in passing.
     */
    List<Fact> build(Rule rule, Matcher m, SentenceView v, ArticleContext ctx, String articleText, EntityRef mission,
                     Slot previous, FuzzyDate standIn, String standInSource) {
        int vs = m.start();
        int ve = m.end();
        Evidence ev = Evidence.of(articleText, v.articleStart(vs), v.articleEnd(ve),
                articleText.substring(v.sentence().begin(), v.sentence().end()));
        Provenance p = new Provenance(ctx.articleId(), ev, rule.confidence(), rule.id(),
                ctx.published() == null ? null : FuzzyDate.ofDay(ctx.published()));
        EntityRef boundMission = entity(m, v, "mission");
        EntityRef theMission = rule.has(Rule.FOCUS_MISSION) && ctx.focusMission() != null ? ctx.focusMission()
                : boundMission != null ? boundMission : mission;
        if (previous != null && !rule.has(Rule.FOCUS_MISSION) && (rule.kind().equals("command") || rule.kind().equals("lead"))) {
            Slot bound = slot(m, v, "mission");
            String head = bound == null ? null : bound.text().strip().replaceAll("^.*\\s", "").toLowerCase(Locale.ROOT);
            if (bound == null || SentenceSlots.isBareMissionPhrase(bound.text())
                    && previous.text().toLowerCase(Locale.ROOT).contains(head)) {
                theMission = previous.entity();
            }
        }
        return switch (rule.kind()) {
            case "command" -> command(rule, m, v, p, theMission, standIn, standInSource);
            case "lead" -> lead(rule, m, v, p, theMission, standIn, standInSource);
            case "event" -> event(rule, m, v, p, theMission);
            case "troops" -> troops(rule, m, v, p, ctx, boundMission, theMission);
            case "role" -> role(m, v, p, ctx, theMission);
            case "location" -> location(m, v, p, boundMission != null || rule.has(Rule.FOCUS_MISSION) ? theMission
                    : stationedMission(m, v, ctx));
            default -> List.of();
        };
    }

    private static final Pattern COMMAND_WORD = Pattern.compile("(?i)\\bcommand");
    private static final Pattern HEAD_WORD = Pattern.compile("(?i)\\b(?:head|chief)\\b");

    private List<Fact> command(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission, FuzzyDate standIn,
                               String standInSource) {
        List<Fact> out = new ArrayList<>();
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return out;
        }
        Slot newer = slot(m, v, "new");
        Slot older = slot(m, v, "old");
        Slot current = slot(m, v, "cmd");
        FuzzyDate at = declares(m, "when") ? boundDate(m, v) : at(m, v, newer != null ? newer : older,
                newer != null ? older : null);
        if (at == null && standIn != null && newer != null) {
            at = standIn; // "X replaced Y as commander", no date in the sentence, in the lede: the lede's day
            p = p.withDateSource(standInSource);
        }
        boolean civilian = CivilianMissions.isCivilian(mission);
        if (newer != null && isPerson(newer)) {
            out.add(civilian && newer.rank() == null ? new RoleHolding(newer.entity(), "head of mission", mission, p)
                    : new CommandTenure(newer.entity(), mission, newer.rank(), at, null, p));
        }
        if (older != null && isPerson(older)) {
            out.add(civilian && older.rank() == null ? new RoleHolding(older.entity(), "head of mission", mission, p)
                    : new CommandTenure(older.entity(), mission, older.rank(), null, newer != null ? at : at(m, v, older), p));
        }
        if (current != null && isPerson(current) && current.rank() == null
                && (civilian || !COMMAND_WORD.matcher(m.group()).find())) {
            // "the head of the mission, Bintou Keita": a head or chief with no military rank is the
            // civilian head of mission (a UN special representative), not its commander; a bare
            // "leader" with no rank ("Turkish Cypriot leader X") leads something else.
            if (civilian || HEAD_WORD.matcher(m.group()).find()) {
                out.add(new RoleHolding(current.entity(), "head of mission", mission, p));
            }
            return out;
        }
        if (current != null && isPerson(current)) {
            FuzzyDate start = rule.has(Rule.AT_IS_START) ? at : date(m, v, EnumSet.of(DateRole.SINCE, DateRole.FROM));
            FuzzyDate end = rule.has(Rule.AT_IS_END) ? at : date(m, v, EnumSet.of(DateRole.UNTIL));
            out.add(new CommandTenure(current.entity(), mission, current.rank(), start, end, p));
        }
        if (rule.has(Rule.HANDOVER) && newer != null && isPerson(newer)) {
            String note = older != null && isPerson(older) ? "from " + older.entity().label() : null;
            out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer.entity(), note, p));
        }
        return out;
    }

    private List<Fact> lead(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission, FuzzyDate standIn,
                            String standInSource) {
        List<Fact> out = new ArrayList<>();
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return out;
        }
        EntityRef newer = country(slot(m, v, "new"));
        EntityRef older = country(slot(m, v, "old"));
        EntityRef current = country(slot(m, v, "country"));
        Slot subject = slot(m, v, "new") != null ? slot(m, v, "new") : slot(m, v, "old");
        FuzzyDate at = subject == null ? date(m, v, EnumSet.of(DateRole.AT))
                : date(m, v, EnumSet.of(DateRole.AT), v.viewPosition(subject));
        if (at == null && slot(m, v, "new") != null) {
            at = date(m, v, EnumSet.of(DateRole.FROM, DateRole.SINCE)); // "will lead the mission from May 2022"
        }
        if (declares(m, "when")) {
            at = boundDate(m, v);
        }
        if (at == null && standIn != null && slot(m, v, "new") != null) {
            at = standIn; // "Denmark took over the lead from Canada", undated, in the lede
            p = p.withDateSource(standInSource);
        }
        if (newer != null) {
            out.add(new Leadership(newer, mission, at != null || declares(m, "when") ? at
                    : date(m, v, EnumSet.of(DateRole.SINCE)), null, p));
        }
        if (older != null) {
            out.add(new Leadership(older, mission, null, at, p));
        }
        if (current != null) {
            FuzzyDate start = rule.has(Rule.AT_IS_START) && at != null ? at
                    : date(m, v, EnumSet.of(DateRole.SINCE, DateRole.FROM));
            FuzzyDate end = rule.has(Rule.AT_IS_END) ? at : date(m, v, EnumSet.of(DateRole.UNTIL));
            out.add(new Leadership(current, mission, start, end, p));
        }
        if (rule.has(Rule.HANDOVER) && newer != null) {
            String note = older != null ? "from " + older.label() : null;
            out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer, note, p));
        }
        return out;
    }

    private List<Fact> event(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission) {
        if (mission == null || mission.kind() != EntityKind.MISSION || rule.eventType() == null) {
            return List.of();
        }
        FuzzyDate until = null;
        FuzzyDate date;
        if (rule.eventType() == EventType.EXTENSION) {
            until = date(m, v, EnumSet.of(DateRole.UNTIL));
            date = date(m, v, EnumSet.of(DateRole.AT, DateRole.SINCE));
        } else {
            date = date(m, v, EnumSet.allOf(DateRole.class));
        }
        Slot agentSlot = slot(m, v, "agent");
        EntityRef agent = agentSlot == null ? null : agentSlot.entity();
        return List.of(new MissionEvent(mission, rule.eventType(), date, until, agent, null, p));
    }

    private List<Fact> troops(Rule rule, Matcher m, SentenceView v, Provenance p, ArticleContext ctx,
                              EntityRef boundMission, EntityRef sentenceMission) {
        Slot num = slot(m, v, "num");
        if (num == null || num.number() == null || num.number() < 2) {
            return List.of();
        }
        EntityRef country = country(slot(m, v, "country"));
        Slot force = slot(m, v, "org");
        if (rule.has(Rule.MISSION_WIDE)) {
            if (boundMission == null && sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION) {
                boundMission = sentenceMission;
            }
            // A mission whose names do not say who runs it: as a country's count; a mission
            // without a parent organisation (the MFO, RAMSI) counts as itself.
            country = boundMission == null ? null : owner(boundMission);
            if (country == null && boundMission != null) {
                country = gazetteer.totalCountedFor(boundMission).orElse(null);
            }
        } else if (country == null && force != null) {
            // "250 Canadian Armed Forces members": the force's own name says whose they are;
            // "NATO will send 600 troops": an organisation counts for the mission it runs.
            EntityRef target = boundMission != null ? boundMission
                    : sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION ? sentenceMission : null;
            country = nationality(force);
            if (country == null && force.entity() != null && target != null && force.entity().sameAs(owner(target))) {
                country = force.entity();
            }
            // The host country's own forces ("Iraqi Security Forces") are not a contribution.
            if (country == null || target != null && country.kind() == EntityKind.COUNTRY
                    && target.label().toLowerCase(Locale.ROOT).contains(country.label().toLowerCase(Locale.ROOT))) {
                return List.of();
            }
        }
        if (country == null) {
            List<Slot> before = v.slotsIn(0, m.end(), SlotType.COUNTRY, SlotType.DEMONYM);
            // "It leads the brigade there and plans to raise its contribution": "it" is the country
            // the sentence before was about ("Canada has about 1,000 troops in Latvia").
            boolean pronoun = v.text().matches("(?is)^\\W*(?:it|they|its|their)\\b.*");
            country = !before.isEmpty() ? before.get(before.size() - 1).entity()
                    : pronoun && ctx.recentCountry() != null ? ctx.recentCountry() : ctx.focusCountry();
        }
        if (country == null) {
            return List.of();
        }
        Slot from = slot(m, v, "from");
        EntityRef mission = boundMission;
        if (mission == null) {
            List<Slot> ms = v.slotsIn(0, v.text().length(), SlotType.MISSION);
            mission = ms.isEmpty() ? null : ms.get(0).entity();
        }
        if (mission == null && sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION) {
            // "France contributes around 150 troops to the force": the mission the sentence is about.
            mission = sentenceMission;
        }
        String counts = counts(m.group());
        FuzzyDate when = date(m, v, EnumSet.of(DateRole.AT));
        return List.of(new TroopContribution(country, mission, num.number(), num.qualifier(), counts,
                from == null ? null : from.number(), from == null ? null : from.qualifier(), when, p));
    }

    /** The country a force's name carries ("Canadian Armed Forces", "U.S. Army"), or null. */
    private EntityRef nationality(Slot force) {
        if (force.entity() != null && force.entity().kind() == EntityKind.COUNTRY) {
            return force.entity();
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(force.text());
        if (force.entity() != null) {
            names.add(force.entity().label());
        }
        for (String name : names) {
            EntityRef c = countryInName(gazetteer, name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The first country a name's words name ("Royal Canadian Navy", "Canada's army" → Canada), or null. */
    static EntityRef countryInName(Gazetteer gazetteer, String name) {
        for (String word : name.replaceAll("['’]s\\b", "").split("[\\s-]+")) {
            EntityRef c = gazetteer.lookup(word).filter(g -> g.entity() != null
                    && g.entity().kind() == EntityKind.COUNTRY).map(g -> g.entity()).orElse(null);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The country a mission's own name places it in ("NATO Mission Iraq", "Kosovo Force"), or null. */
    private EntityRef host(EntityRef mission) {
        String[] words = mission.label().split("\\s+");
        for (int n = 2; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                EntityRef c = gazetteer.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)))
                        .filter(g -> g.category() == GazetteerMatch.Category.COUNTRY).map(g -> g.entity()).orElse(null);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private final java.util.Map<String, java.util.Optional<EntityRef>> owners = new java.util.HashMap<>();

    /**
     * Who runs a mission, as its names say: the organisation or country most of its names start
     * with ("NATO Mission Iraq", "NATO-led Kosovo Force", "EU Training Mission in Mali",
     * "Canada's mission in Iraq"). Null when the names do not say.
     */
    private EntityRef owner(EntityRef mission) {
        return owners.computeIfAbsent(mission.key(), k -> {
            List<String> names = new ArrayList<>(List.of(mission.label())); // also a mission the gazetteer lacks
            org.apache.jena.rdf.model.Model model = gazetteer.model();
            for (org.apache.jena.rdf.model.Resource r : model.listSubjects().toList()) {
                if (r.getURI() != null && r.getURI().endsWith("/" + EntityKind.MISSION.path() + "/" + k)) {
                    for (org.apache.jena.rdf.model.Statement s : r.listProperties().toList()) {
                        String pred = s.getPredicate().getLocalName();
                        if (s.getObject().isLiteral() && (pred.equals("label") || pred.equals("altLabel"))) {
                            names.add(s.getLiteral().getLexicalForm());
                        }
                    }
                }
            }
            java.util.Map<EntityRef, Integer> votes = new java.util.LinkedHashMap<>();
            for (String name : names) {
                String[] words = name.replaceAll("['’]s\\b", "").replaceAll("-led\\b", "").split("\\s+");
                for (int n = Math.min(3, words.length); n >= 1; n--) {
                    EntityRef who = gazetteer.lookup(String.join(" ", java.util.Arrays.copyOf(words, n)))
                            .map(GazetteerMatch::entity).filter(e -> e != null && (e.kind() == EntityKind.ORGANIZATION
                                    || e.kind() == EntityKind.COUNTRY)).orElse(null);
                    if (who != null) {
                        votes.merge(who, 1, Integer::sum);
                        break;
                    }
                }
            }
            return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
        }).orElse(null);
    }

    private static final Pattern ENVOY = Pattern.compile("(?i)(?:ambassador|envoy|permanent representative|representative)");
    private static final Pattern COUNTRY_OWNS = Pattern.compile("⟦C\\d+⟧['’]s\\s+$");

    /**
     * "Britain's U.N. ambassador, Barbara Woodward": an ambassador to an organisation serves the
     * country that sent her, which the text names before the organisation; null otherwise.
     */
    private static EntityRef envoysCountry(SentenceView v, Slot roleSlot, Slot orgSlot) {
        if (roleSlot == null || orgSlot == null || orgSlot.entity() == null
                || orgSlot.entity().kind() != EntityKind.ORGANIZATION || !ENVOY.matcher(roleSlot.role()).matches()) {
            return null;
        }
        int at = v.text().indexOf("⟦" + orgSlot.type().code + orgSlot.id() + "⟧");
        if (at < 0 || !COUNTRY_OWNS.matcher(v.text().substring(0, at)).find()) {
            return null;
        }
        List<Slot> countries = v.slotsIn(0, at, SlotType.COUNTRY);
        return countries.isEmpty() ? null : countries.get(countries.size() - 1).entity();
    }

    private List<Fact> role(Matcher m, SentenceView v, Provenance p, ArticleContext ctx, EntityRef mission) {
        Slot person = slot(m, v, "person");
        if (person == null || !isPerson(person)) {
            return List.of();
        }
        Slot roleSlot = slot(m, v, "role");
        Slot orgSlot = slot(m, v, "org");
        if (orgSlot == null) {
            orgSlot = slot(m, v, "org2");
        }
        EntityRef org = orgSlot == null ? null : orgSlot.entity();
        if (roleSlot != null && roleSlot.type() == SlotType.COMMAND_ROLE && orgSlot != null
                && orgSlot.type() == SlotType.DEMONYM) {
            return List.of(); // "Its Indian force commander, X": a nationality, not whose office it is
        }
        EntityRef sender = envoysCountry(v, roleSlot, orgSlot);
        if (sender != null) {
            org = sender;
        }
        String label;
        if (roleSlot != null) {
            if (org == null) {
                org = ctx.knownOrganization(person.entity(), roleSlot.role());
            }
            if (org == null && roleSlot.roleIri() != null) {
                org = titles.holder(person.entity(), roleSlot.roleIri(), ctx.published()).orElse(null);
            }
            if (org == null && roleSlot.roleIri() != null) {
                // "Minister of National Defence" is Canada's own title: Canada's, in an article that names Canada.
                org = gazetteer.countryOfRoleTitle(roleSlot.roleIri(), roleSlot.text()).filter(ctx::namesCountry)
                        .orElse(null);
            }
            if (org == null && governmentVoice(roleSlot, v)) {
                org = ctx.lastGovernment();
            }
            if (org == null && roleSlot.roleIri() != null && isCabinetRole(roleSlot)) {
                org = bareTitleCountry(roleSlot, v, ctx);
            }
            if (org == null && roleSlot.roleIri() != null && titles.isOrganizationOffice(roleSlot.roleIri())) {
                org = ctx.focusOrganization(); // "Secretary General Jens Stoltenberg" in a NATO story
            }
            label = roleSlot.roleIri() == null ? roleSlot.role()
                    : gazetteer.roleLabelFor(roleSlot.roleIri(), org).orElse(roleSlot.role());
        } else {
            label = slotText(v, groupText(m, "roletext")); // a title word the tagger took for a name stays a word
            if (label == null) {
                return List.of();
            }
            String topic = slotText(v, groupText(m, "topic"));
            if (topic == null) {
                topic = slotText(v, groupText(m, "topicb"));
            }
            label = (topic != null ? topic + " " + label : label).replaceAll("\\s+", " ").strip();
        }
        if (roleSlot != null && roleSlot.roleIri() != null && titles.headsMission(roleSlot.roleIri())
                && mission != null && mission.kind() == EntityKind.MISSION
                && (org == null || org.kind() == EntityKind.ORGANIZATION)) {
            // "The Special Representative of the Secretary-General, X, has headed the mission": a
            // special representative heads the mission the story is about, not the UN as a whole.
            org = mission;
        }
        if (roleSlot != null && org == null) {
            return List.of(); // "President Donald Trump" alone: of what, the text does not say
        }
        if (roleSlot != null) {
            ctx.rememberRole(person.entity(), roleSlot.role(), org);
        }
        return List.of(new RoleHolding(person.entity(), label, org, p));
    }

    private static final Pattern UNDER_A_MISSION = Pattern.compile(
            "(?i)\\b(?:under|with|for|in|into|to|on|as\\s+part\\s+of|part\\s+of)\\s+(?:the\\s+|its\\s+|their\\s+)?$");

    /**
     * The mission a stationing with no mission of its own is about: one named before the place
     * or after it as what the troops serve under ("in Latvia under Operation REASSURANCE"); a
     * mission named later in another role ("They serve in Iraq and Kuwait, supporting the
     * coalition and NMI") is not, and the sentence is then about the mission just named.
     */
    private static EntityRef stationedMission(Matcher m, SentenceView v, ArticleContext ctx) {
        List<Slot> missions = v.slotsIn(0, v.text().length(), SlotType.MISSION);
        for (Slot s : missions) {
            int at = v.viewPosition(s);
            if (at < m.end()) {
                return s.entity();
            }
            String before = v.text().substring(Math.max(m.end(), at - 20), at);
            if (UNDER_A_MISSION.matcher(before).find()) {
                return s.entity();
            }
        }
        return ctx.contextMission();
    }

    private List<Fact> location(Matcher m, SentenceView v, Provenance p, EntityRef mission) {
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return List.of();
        }
        Slot first = slot(m, v, "place");
        if (first == null) {
            return List.of();
        }
        EntityRef contingent = country(slot(m, v, "country"));
        EntityRef owner = owner(mission);
        if (contingent != null && owner != null && owner.kind() == EntityKind.COUNTRY && !owner.sameAs(contingent)) {
            return List.of(); // Italian soldiers in Erbil are not Canada's Operation IMPACT
        }
        EntityRef host = host(mission);
        if (contingent != null && host != null && host.sameAs(contingent)) {
            return List.of(); // Iraqi forces in Mosul are not NATO Mission Iraq's
        }
        List<Fact> out = new ArrayList<>();
        for (Slot place : v.slotsIn(v.viewPosition(first), m.end(), SlotType.PLACE, SlotType.COUNTRY)) {
            if (host != null && place.entity().kind() == EntityKind.COUNTRY && !host.sameAs(place.entity())) {
                continue; // NATO Mission Iraq is not stationed in Kosovo
            }
            out.add(new Stationing(mission, place.entity(), contingent, p));
        }
        return out;
    }

    /**
     * Whose a cabinet title is when its phrase names no country ("Defence Minister X"): the
     * country the article gave that title to earlier without a name ("Canada's defence minister
     * ... Defence Minister X"); else the one country the sentence names as an actor ("Britain will
     * keep training ..., Defence Secretary John Healey announced"); else, only in an article
     * clearly told from one country's side, that country (with a single mention of it, "Prime
     * Minister X" is as likely the host's or someone else's). Null when none of these says.
     */
    private static EntityRef bareTitleCountry(Slot roleSlot, SentenceView v, ArticleContext ctx) {
        EntityRef country = ctx.titleCountry(roleSlot.roleIri());
        if (country == null) {
            country = soleActorCountry(v);
        }
        if (country == null && ctx.focusCountryWeight() >= 2) {
            country = ctx.focusCountry();
        }
        return country;
    }

    /** Words before a country that make it a place, not an actor: "flew into Bangui", "troops in Iraq". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|to|from|at|across|near|over|throughout|inside|outside|of)\\s+(?:the\\s+)?$");
    /** A demonym that names someone else's office: "his Iraqi counterpart", "the Iraqi prime minister". */
    private static final Pattern OTHER_OFFICE_AFTER = Pattern.compile("(?i)^\\s+(?:counterpart|president|prime|defen[cs]e|foreign|minister|government|ambassador|envoy|leader|officials?|authorities)\\b");

    /**
     * The one country a sentence names as an actor ("Canada will send ...", "Mozambican forces
     * would take over"), or null when it names none or several: a bare cabinet title in that
     * sentence is most likely that country's.
     */
    private static EntityRef soleActorCountry(SentenceView v) {
        EntityRef found = null;
        // Names only: a demonym in the sentence is as often the other side's ("the Iraqi government").
        for (Slot c : v.slotsIn(0, v.text().length(), SlotType.COUNTRY)) {
            if (c.entity() == null || c.entity().kind() != EntityKind.COUNTRY) {
                continue;
            }
            int at = v.viewPosition(c);
            String before = v.text().substring(Math.max(0, at - 25), at);
            String after = v.text().substring(at, Math.min(v.text().length(), at + 50)).replaceFirst("^⟦[A-Z]\\d+⟧", "");
            if (PLACE_BEFORE.matcher(before).find() || OTHER_OFFICE_AFTER.matcher(after).find()
                    || before.matches("(?s).*⟦L\\d+⟧,\\s*$")) { // "in Brussels, Belgium": a place's country
                continue;
            }
            if (found != null && !found.sameAs(c.entity())) {
                return null;
            }
            found = c.entity();
        }
        return found;
    }

    /**
     * A cabinet title with no country named ("Defence Minister Harjit Sajjan") is the
     * article's own country's: news names foreign ministers with their country.
     */
    /** "Government spokesman X", "Presidency spokesperson X", "army spokesman X": a government's own voice. */
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:government|presidency|presidential|cabinet|ministry|military|army|defen[cs]e|foreign|interior)\\s+(?:deputy\\s+|chief\\s+)?$");

    /** A spokesperson's title that says the speaker talks for the government, with no country named. */
    private static boolean governmentVoice(Slot role, SentenceView v) {
        if (!role.role().toLowerCase(Locale.ROOT).startsWith("spokes")) {
            return false;
        }
        int at = v.viewPosition(role);
        return GOVERNMENT_BEFORE.matcher(v.text().substring(Math.max(0, at - 30), at)).find();
    }

    private boolean isCabinetRole(Slot role) {
        String r = role.role().toLowerCase(Locale.ROOT);
        return r.contains("minister") || r.contains("chief of the defence");
    }

    private static String counts(String matched) {
        String t = matched.toLowerCase(Locale.ROOT);
        if (t.contains("special forces") || t.contains("special operations")) {
            return "special forces";
        }
        if (t.contains("trainer") || t.contains("instructor") || t.contains("advis")) {
            return "trainers";
        }
        return "troops";
    }

    /** A group's text, with a slot marker ("⟦L3⟧") turned back into the words it stands for. */
    private static String slotText(SentenceView v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher mk = java.util.regex.Pattern.compile("⟦[A-Z](\\d+)⟧").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (mk.find()) {
            mk.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    v.slot(Integer.parseInt(mk.group(1))).text().replaceFirst("^(?i)the\\s+", "")));
        }
        mk.appendTail(sb);
        return sb.toString().strip();
    }

    private static boolean isPerson(Slot s) {
        return s.type() == SlotType.PERSON && s.entity() != null;
    }

    private static EntityRef country(Slot s) {
        if (s == null || s.entity() == null || s.entity().kind() != EntityKind.COUNTRY) {
            return null;
        }
        return s.entity();
    }

    /**
     * True when the rule's pattern has a group of this name: a rule that binds {@code when}
     * says where the handover date stands ("since {T:when}, when it took over from …"), and
     * when that group did not match, the handover has no date in the sentence (a date in
     * another clause belongs to something else).
     */
    private static boolean declares(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">");
    }

    private static FuzzyDate boundDate(Matcher m, SentenceView v) {
        Slot s = slot(m, v, "when");
        return s == null || s.type() != SlotType.DATE ? null : s.date();
    }

    private static Slot slot(Matcher m, SentenceView v, String group) {
        String id = groupText(m, group);
        return id == null ? null : v.slot(Integer.parseInt(id));
    }

    private static EntityRef entity(Matcher m, SentenceView v, String group) {
        Slot s = slot(m, v, group);
        return s == null ? null : s.entity();
    }

    /** The text of a named group, or of a repeat of that name that matched (see RuleBook#numberRepeatedGroups). */
    private static String groupText(Matcher m, String group) {
        for (int n = 1; n <= 9; n++) {
            try {
                String text = m.group(n == 1 ? group : group + RuleBook.REPEAT + n);
                if (text != null) {
                    return text;
                }
            } catch (IllegalArgumentException e) {
                return null; // no group of that name (or no further repeat)
            }
        }
        return null;
    }

    /**
     * The date of the given roles that belongs to the match: one inside the match first, then
     * the nearest after it, then the nearest before it, in the same sentence. Outside the match
     * a plain date ("on Tuesday") comes before a since/until one, which usually belongs to
     * another clause ("X took over from Y, in charge since 2022, on Tuesday").
     */
    private static FuzzyDate date(Matcher m, SentenceView v, Set<DateRole> roles) {
        return date(m, v, roles, m.start());
    }

    /**
     * When a handover happened for the one who takes over (or gives up): the plain date
     * ("on Tuesday") nearest that person, else a "since" date; "took over from Y, who had
     * led it since 2018, on Tuesday" is Tuesday.
     */
    private static FuzzyDate at(Matcher m, SentenceView v, Slot subject) {
        return at(m, v, subject, null);
    }

    /**
     * As above; a "since" date after {@code predecessor} is that one's ("She replaces Y, who had
     * led the task force since July 2019"), never the day the other took over.
     */
    private static FuzzyDate at(Matcher m, SentenceView v, Slot subject, Slot predecessor) {
        int anchor = subject == null ? m.start() : v.viewPosition(subject);
        FuzzyDate d = date(m, v, EnumSet.of(DateRole.AT), anchor);
        if (d != null) {
            return d;
        }
        if (predecessor != null) {
            int limit = v.viewPosition(predecessor);
            boolean since = v.slots().stream().anyMatch(x -> x.type() == SlotType.DATE && x.dateRole() == DateRole.SINCE
                    && v.viewPosition(x) < limit);
            return since ? date(m, v, EnumSet.of(DateRole.SINCE), anchor) : null;
        }
        return date(m, v, EnumSet.of(DateRole.SINCE), anchor);
    }

    /** As above; inside the match, the date nearest after {@code anchor} (a bound slot) first. */
    private static FuzzyDate date(Matcher m, SentenceView v, Set<DateRole> roles, int anchor) {
        Slot best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Slot s : v.slots()) {
            if (s.type() != SlotType.DATE || !roles.contains(s.dateRole())) {
                continue;
            }
            int pos = v.viewPosition(s);
            int score;
            if (pos >= m.start() && pos < m.end()) {
                score = pos >= anchor ? pos - anchor : 500 + (anchor - pos);
            } else if (pos >= m.end()) {
                score = 1000 + (pos - m.end());
            } else {
                score = 5000 + (m.start() - pos);
            }
            boolean inside = pos >= m.start() && pos < m.end();
            if (!inside && s.dateRole() != DateRole.AT && roles.contains(DateRole.AT)) {
                score += 10000;
            }
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best == null ? null : best.date();
    }
}
