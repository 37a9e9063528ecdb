package org.missionkg.extract;

import static org.missionkg.extract.MatchGroups.groupText;
import static org.missionkg.extract.MatchGroups.isPerson;
import static org.missionkg.extract.MatchGroups.slot;
import static org.missionkg.extract.MatchGroups.slotText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.OwnerWords;
import org.missionkg.reference.TitleHolders;
import org.missionkg.vocab.Iris;

/**
 * Who holds which office, from a surface rule's match ({@code person}, {@code role} or
 * {@code roletext}, {@code org}). Most titles in news name no organisation ("Defence Minister X"),
 * so most of this class finds whose office it is: an envoy's sending country, the article's own
 * record of the person, who held the title then, the country the sentence or article speaks for.
 *
 * @param gazetteer role titles, their labels per organisation, and whose country a title is
 * @param titles who held which office when: a bare "President X" of the article's day is that country's
 */
record RoleFacts(Gazetteer gazetteer, TitleHolders titles) {
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

    List<Fact> role(Matcher m, SentenceView v, Provenance p, ArticleContext ctx, EntityRef mission) {
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
                org = titles.holder(person.entity(), roleSlot.roleIri(), ctx.facts().published()).orElse(null);
            }
            if (org == null && roleSlot.roleIri() != null) {
                // "Minister of National Defence" is Canada's own title: Canada's, in an article that names Canada.
                org = gazetteer.countryOfRoleTitle(roleSlot.roleIri(), roleSlot.text()).filter(ctx.facts()::namesCountry)
                        .orElse(null);
            }
            if (org == null && governmentVoice(roleSlot, v)) {
                org = ctx.lastGovernment();
                if (org == null) {
                    // "Government spokesman X" before any president or minister is named: whose
                    // government, as for a bare cabinet title (the host's, in a story on its mission)
                    org = bareTitleCountry(roleSlot, v, ctx, p.evidence().start());
                }
            }
            if (org == null && roleSlot.roleIri() != null && isCabinetRole(roleSlot)) {
                org = bareTitleCountry(roleSlot, v, ctx, p.evidence().start());
            }
            if (org == null && roleSlot.roleIri() != null && isHeadOfState(roleSlot)) {
                org = hostOfTheStory(ctx);
            }
            if (org == null && roleSlot.roleIri() != null && titles.isPlaceOffice(roleSlot.roleIri())) {
                org = placeOfTitle(roleSlot, v); // "Borno State Governor X", "California's governor, X"
            }
            if (org == null && roleSlot.roleIri() != null && titles.isOrganizationOffice(roleSlot.roleIri())) {
                org = pointingOwner(roleSlot, v); // "the bloc's foreign policy chief, X"
                if (org == null) {
                    org = ctx.facts().focusOrganization(); // "Secretary General Jens Stoltenberg" in a NATO story
                }
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
            ctx.rememberRole(person.entity(), roleSlot.role(), org, p.evidence().start());
        }
        return List.of(new RoleHolding(person.entity(), label, org, p));
    }

    /** A place right before a title ("Borno State Governor", "California's governor"), with the word "State" it may carry. */
    private static final Pattern PLACE_OWNS = Pattern.compile("⟦L\\d+⟧(\\s+(?:State|Province|Region|County))?(?:['’]s)?\\s+$");
    /** A place right after a title's "of" ("Governor of Benue"). */
    private static final Pattern OF_PLACE = Pattern.compile("^⟦[A-Z]\\d+⟧\\s+of\\s+(?:the\\s+)?⟦L\\d+⟧");

    /** The place a regional office belongs to, named right before or after its title; null when none is. */
    private static EntityRef placeOfTitle(Slot role, SentenceView v) {
        int at = v.viewPosition(role);
        if (at < 0) {
            return null;
        }
        Matcher owns = PLACE_OWNS.matcher(v.text().substring(Math.max(0, at - 20), at));
        if (owns.find()) {
            List<Slot> places = v.slotsIn(Math.max(0, at - 20), at, SlotType.PLACE);
            EntityRef place = places.isEmpty() ? null : places.get(places.size() - 1).entity();
            if (place != null && owns.group(1) != null) {
                // "Borno State Governor": the state is "Borno State", a name the tagger cut short
                String name = place.label() + owns.group(1).replaceAll("\\s+", " ");
                place = new EntityRef(EntityKind.PLACE, Iris.slug(name), name);
            }
            return place;
        }
        Matcher of = OF_PLACE.matcher(v.text().substring(at));
        if (of.find()) {
            List<Slot> places = v.slotsIn(at + 1, at + of.end(), SlotType.PLACE);
            return places.isEmpty() ? null : places.get(0).entity();
        }
        return null;
    }

    /**
     * The country that runs the story's mission, when a country does and the article names it: a story on a national
     * operation is told from its side ("Security Minister X said the extension showed ..." in a story on Argentina's
     * northern border operation), whatever else it names in passing (the Paraguay river).
     */
    private EntityRef operatorOfTheStory(ArticleContext ctx) {
        EntityRef mission = ctx.facts().focusMission();
        EntityRef runner = mission == null ? null : gazetteer.operator(mission).orElse(null);
        return runner != null && runner.kind() == EntityKind.COUNTRY && ctx.facts().namesCountry(runner) ? runner : null;
    }

    /** A head of state's or government's title: "President", "Vice President", "the acting president". */
    private static boolean isHeadOfState(Slot role) {
        return role.role().toLowerCase(Locale.ROOT).contains("president");
    }

    /**
     * The one country the story's mission works in, when the article names it: a president no list knows, in
     * a story on a mission abroad, is the host's ("President X welcomed the force"); the sending side's
     * president is a known office holder, placed before this is asked. Null when the mission has no single host.
     */
    private EntityRef hostOfTheStory(ArticleContext ctx) {
        if (ctx.facts().focusMission() == null) {
            return null;
        }
        List<EntityRef> hosts = gazetteer.hostCountries(ctx.facts().focusMission());
        return hosts.size() == 1 && ctx.facts().namesCountry(hosts.get(0)) ? hosts.get(0) : null;
    }

    /**
     * Whose a cabinet title is when its phrase names no country ("Defence Minister X"): the
     * country the article gave that title to earlier without a name ("Canada's defence minister
     * ... Defence Minister X"); else the one country the sentence names as an actor ("Britain will
     * keep training ..., Defence Secretary John Healey announced"); else the government whose
     * president or minister was named just before the title (at article offset {@code at}); else,
     * only in an article clearly told from one country's side, that country (with a single mention
     * of it, "Prime Minister X" is as likely the host's or someone else's). Null when none of these says.
     */
    private EntityRef bareTitleCountry(Slot roleSlot, SentenceView v, ArticleContext ctx, int at) {
        EntityRef country = ctx.titleCountry(roleSlot.roleIri());
        int title = v.viewPosition(roleSlot);
        if (country == null && !(title >= 0 && OTHER_PARTY_BEFORE.matcher(v.text().substring(0, title)).find())) {
            country = soleActorCountry(v, title);
        }
        if (country == null) {
            // "President X has asked for more help. ... Defence Minister Y said": the government just named.
            country = ctx.governmentNamedJustBefore(at);
        }
        if (country == null) {
            country = operatorOfTheStory(ctx);
        }
        if (country == null && ctx.facts().focusCountryWeight() >= 2) {
            country = ctx.facts().focusCountry();
        }
        if (country == null) {
            // A story on a mission told from no other country's side, about the one country the
            // mission works in and names: "Defence Minister X" in a story on the EU's training
            // mission in the Central African Republic is that country's minister.
            country = hostOfTheStory(ctx);
        }
        return country;
    }

    /**
     * Words before a title that make its holder the other party of what the sentence's actor did: "Italy acted at the
     * request of President X and Prime Minister Y", "Canada's minister met President X": not the actor's office.
     */
    private static final Pattern OTHER_PARTY_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:request|invitation|behest|urging)\\s+of|(?:met|meets|meeting|talks|spoke|speaking|call|called|visited)"
                    + "\\s+(?:with\\s+)?)\\s*(?:the\\s+)?(?:⟦R\\d+⟧\\s+⟦P\\d+⟧\\s*,?\\s*(?:and\\s+)?)*$");

    /** A verb that reports what someone said: what follows it is the saying. */
    private static final Pattern SAID = Pattern.compile("\\b(?:said|says|told|tells|added|warned|stressed|insisted)\\b");

    /** Words before a country that make it a place, not an actor: "flew into Bangui", "troops in Iraq". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|to|from|at|across|near|over|throughout|inside|outside|of)\\s+(?:the\\s+)?$");
    /** Verbs whose object a country is, not the actor: "We will continue to support Iraq," the Chief of Joint Operations said. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:support(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|train(?:s|ed|ing)?|back(?:s|ed|ing)?|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|visit(?:s|ed|ing)?|leav(?:e|es|ing)|left)\\s+(?:the\\s+)?$");
    /** A demonym that names someone else's office: "his Iraqi counterpart", "the Iraqi prime minister". */
    private static final Pattern OTHER_OFFICE_AFTER = Pattern.compile("(?i)^\\s+(?:counterpart|president|prime|defen[cs]e|foreign|minister|government|ambassador|envoy|leader|officials?|authorities)\\b");

    /**
     * The one country a sentence names as an actor ("Canada will send ...", "Mozambican forces
     * would take over"), or null when it names none or several: a bare cabinet title (at view
     * position {@code title}, or -1) in that sentence is most likely that country's.
     */
    private static EntityRef soleActorCountry(SentenceView v, int title) {
        EntityRef found = null;
        // Names only: a demonym in the sentence is as often the other side's ("the Iraqi government").
        for (Slot c : v.slotsIn(0, v.text().length(), SlotType.COUNTRY)) {
            if (c.entity() == null || c.entity().kind() != EntityKind.COUNTRY) {
                continue;
            }
            int at = v.viewPosition(c);
            String before = v.text().substring(Math.max(0, at - 25), at);
            String after = v.text().substring(at, Math.min(v.text().length(), at + 50)).replaceFirst("^⟦[A-Z]\\d+⟧", "");
            // "Defence Minister X said the soldiers would stay as long as Albania needs them": a country in what the
            // title's holder said is what was said about, not whose office it is.
            if (title >= 0 && at > title && SAID.matcher(v.text().substring(title, at)).find()) {
                continue;
            }
            if (PLACE_BEFORE.matcher(before).find() || OBJECT_BEFORE.matcher(before).find() || OTHER_OFFICE_AFTER.matcher(after).find()
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

    /** "Government spokesman X", "Presidency spokesperson X", "army spokesman X": a government's own voice. */
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:government|presidency|presidential|cabinet|ministry|military|army|defen[cs]e|foreign|interior)\\s+(?:deputy\\s+|chief\\s+)?$");

    /** "the bloc's", "the alliance's", "the world body's" right before a title: the body news names so. */
    private static final Pattern POINTING_OWNER = Pattern.compile(
            "(?i)\\bthe\\s+(" + OwnerWords.WORDS + ")['’]s\\s+(?:[a-z-]+\\s+)?$");

    /** The organisation a title's owner words point to ("the bloc's top diplomat"), or null. */
    private EntityRef pointingOwner(Slot role, SentenceView v) {
        int at = v.viewPosition(role);
        Matcher owner = POINTING_OWNER.matcher(v.text().substring(Math.max(0, at - 40), at));
        if (!owner.find()) {
            return null;
        }
        return gazetteer.lookup(OwnerWords.organization(owner.group(1)))
                .map(org.missionkg.reference.GazetteerMatch::entity).orElse(null);
    }

    /** A spokesperson's title that says the speaker talks for the government, with no country named. */
    private static boolean governmentVoice(Slot role, SentenceView v) {
        if (!role.role().toLowerCase(Locale.ROOT).startsWith("spokes")) {
            return false;
        }
        int at = v.viewPosition(role);
        return GOVERNMENT_BEFORE.matcher(v.text().substring(Math.max(0, at - 30), at)).find();
    }

    /**
     * Whether a title is a cabinet one ("Defence Minister", "Chief of the Defence Staff"): with no
     * country named, such a title is the article's own country's (news names foreign ministers with
     * their country), which {@link #bareTitleCountry} finds.
     */
    private boolean isCabinetRole(Slot role) {
        String r = role.role().toLowerCase(Locale.ROOT);
        // The service chiefs too ("Chief of Army Staff", "Chief of Joint Operations"), and the
        // national security adviser: offices every government has, named without its country.
        return r.contains("minister") || r.startsWith("chief of") || r.contains("national security adviser");
    }
}
