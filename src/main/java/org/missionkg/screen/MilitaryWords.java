package org.missionkg.screen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words that in news are about armed forces, found by one pass over the text's lower-cased words
 * and hash look-ups (a regular expression with a hundred alternatives was four times slower).
 * Each word or phrase maps to one key, so "troops" and "troop", "deployed" and "deployment"
 * count once. Left out on purpose, because sport, business, weather and science news use them
 * as much: defence, attack, mission, operation(s), captain, commander (the gazetteer knows it as
 * a role), headquarters, personnel, marine, sailors, combat, contingent, weapons.
 */
final class MilitaryWords {
    /** word → key. */
    private static final Map<String, String> WORDS = new HashMap<>();
    /** "first second" or "first second third" → key. */
    private static final Map<String, String> PHRASES = new HashMap<>();
    /** First words of the phrases, so that most words build no phrase at all. */
    private static final Set<String> STARTERS = new HashSet<>();

    static {
        words("troop", "troop", "troops");
        words("soldier", "soldier", "soldiers");
        words("military", "military", "militaries", "militarily");
        words("army", "army", "armies");
        words("navy", "navy", "navies", "naval");
        words("deploy", "deploy", "deploys", "deployed", "deploying", "deployment", "deployments", "redeploy",
                "redeployed", "redeployment", "redeploying");
        words("peacekeep", "peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping", "peace-keepers");
        words("battalion", "battalion", "battalions");
        words("brigade", "brigade", "brigades");
        words("regiment", "regiment", "regiments");
        words("battlegroup", "battlegroup", "battlegroups", "battle-group");
        words("infantry", "infantry");
        words("garrison", "garrison", "garrisons", "garrisoned");
        words("airstrike", "airstrike", "airstrikes", "air-strike", "air-strikes");
        words("insurgent", "insurgent", "insurgents", "insurgency", "counterinsurgency", "counter-insurgency");
        words("militant", "militant", "militants", "militia", "militias");
        words("jihadist", "jihadist", "jihadists");
        words("warfare", "warfare");
        words("ceasefire", "ceasefire", "cease-fire");
        words("servicemember", "servicemen", "servicemembers", "servicewomen", "serviceman", "servicewoman");
        words("airmen", "airmen");
        words("nato", "nato");
        words("counterterrorism", "counterterrorism", "counter-terrorism");
        // Naval and air missions' stories name their ships and aircraft, not their "troops".
        words("warship", "warship", "warships");
        words("frigate", "frigate", "frigates");
        words("destroyer", "destroyer", "destroyers");
        words("corvette", "corvette", "corvettes");
        words("minehunter", "minehunter", "minehunters", "minesweeper", "minesweepers");
        words("gunboat", "gunboat", "gunboats");
        words("paratrooper", "paratrooper", "paratroopers");
        words("commando", "commando", "commandos");
        words("gendarme", "gendarme", "gendarmes", "gendarmerie");
        phrases("fighter jet", "fighter jet", "fighter jets", "fighter aircraft", "combat aircraft", "patrol aircraft",
                "maritime patrol aircraft");
        phrases("naval force", "naval force", "naval forces", "naval squadron", "naval task group", "task group");
        phrases("intervention force", "intervention force", "stabilisation force", "stabilization force",
                "protection force", "multinational force", "interception force", "peace force");
        phrases("armed forces", "armed forces");
        phrases("air force", "air force", "air forces");
        phrases("battle group", "battle group", "battle groups");
        phrases("security forces", "security forces");
        phrases("special forces", "special forces");
        phrases("coalition forces", "coalition forces");
        phrases("training mission", "training mission", "advisory mission", "assistance mission");
        // Observer and monitoring missions (UNTSO, UNMOGIP, OSCE and EU monitors) are often unarmed and
        // named with no "troops" or "soldiers" anywhere in the story.
        phrases("observer mission", "observer mission", "observer missions", "observation mission", "observer force");
        phrases("military observers", "military observers", "unarmed observers", "ceasefire monitors");
        phrases("monitoring mission", "monitoring mission", "monitoring missions");
        phrases("air base", "air base", "airbase", "military base");
        phrases("airstrike", "air strike", "air strikes", "drone strike", "drone strikes");
        phrases("change of command", "change of command");
        phrases("take command", "took command", "take command", "takes command", "assumed command", "assume command",
                "handed over command", "transfer command", "relinquished command");
        for (String d : new String[] {"defence", "defense"}) {
            phrases("defence minister", d + " minister", d + " ministers", d + " ministry", d + " secretary",
                    "minister of " + d, "ministry of " + d, "minister of national " + d, "department of " + d,
                    "department of national " + d, d + " department");
            phrases("defence staff", d + " staff", "chief of " + d, d + " chief", d + " chiefs");
            phrases("defence forces", d + " forces");
        }
    }

    private MilitaryWords() {
    }

    private static void words(String key, String... words) {
        for (String w : words) {
            WORDS.put(w, key);
        }
    }

    private static void phrases(String key, String... phrases) {
        for (String p : phrases) {
            if (!p.contains(" ")) {
                WORDS.put(p, key);
                continue;
            }
            PHRASES.put(p, key);
            STARTERS.add(p.substring(0, p.indexOf(' ')));
        }
    }

    /** The keys of the military words and phrases in the text. */
    static Set<String> in(String text) {
        Set<String> found = new HashSet<>();
        String[] window = new String[4]; // the last words, window[0] the newest
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '-' && word.length() > 0)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() == 0) {
                continue;
            }
            String w = word.charAt(word.length() - 1) == '-' ? word.substring(0, word.length() - 1) : word.toString();
            word.setLength(0);
            System.arraycopy(window, 0, window, 1, 3);
            window[0] = w;
            String key = WORDS.get(w);
            if (key != null) {
                found.add(key);
            }
            // phrases of two to four words ending here, built only when their first word starts one
            for (int len = 2; len <= 4 && window[len - 1] != null; len++) {
                if (!STARTERS.contains(window[len - 1])) {
                    continue;
                }
                StringBuilder p = new StringBuilder(window[len - 1]);
                for (int k = len - 2; k >= 0; k--) {
                    p.append(' ').append(window[k]);
                }
                String phraseKey = PHRASES.get(p.toString());
                if (phraseKey != null) {
                    found.add(phraseKey);
                }
            }
        }
        return found;
    }
}
