package org.missionkg.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;

/**
 * News that is not about military missions, written for this project: sport, business, weather,
 * technology, science, culture and civilian politics, with slots ({@code {TEAM}}, {@code {CITY}},
 * …) filled from small lists by a seeded random, so one call gives as many distinct articles as
 * asked, the same every run. Some templates are hard cases on purpose: "General Motors", "Major
 * League", a captain's "mission", a space mission, "defence" in football, a finance minister, a
 * company's headquarters.
 */
final class OffTopicCorpus {
    private static final List<String> TEMPLATES = List.of(
            // sport
            """
            {CITY} – {TEAM} beat {TEAM2} {N}-{M} on {DAY} night, with captain {NAME} scoring twice in the second half. \
            The home side's defence held firm under late pressure, and coach {NAME2} said the win kept the club's mission \
            of a top-four finish alive.

            "We attacked with purpose and defended as a unit," {NAME2} told reporters. {TEAM2} remain {N} points \
            behind the leaders with {M} games left in the season.
            """,
            """
            {NAME} won the {CITY} Open on {DAY}, beating the world number {N} in straight sets. The {NATION} player, who \
            turned professional in {YEAR}, broke serve four times and never faced a break point. \
            "It's been a long road back from injury," {NAME} said after lifting the trophy. Prize money this year rose to \
            {N} million dollars, organisers said, and ticket sales set a record for the tournament.
            """,
            """
            The {TEAM} signed pitcher {NAME} to a {N}-year deal worth {M}0 million dollars, the Major League club announced on \
            {DAY}. General manager {NAME2} called the signing a statement of intent. The right-hander posted a {N}.{M} ERA \
            last season and led the league in strikeouts. Spring training opens in {MONTH} in {CITY}.
            """,
            """
            {NATION}'s national rugby side named {NAME} as captain for the autumn tests against {NATION2}. Head coach \
            {NAME2} said the squad would camp in {CITY} for two weeks. "Our defence has to be better than it was in the \
            summer," {NAME2} said, adding that three uncapped forwards had earned their places through club form.
            """,
            // business
            """
            Shares in {COMPANY} rose {N} per cent on {DAY} after the company reported quarterly revenue of {M}.{N} billion \
            dollars, ahead of analysts' forecasts. Chief executive {NAME} said demand in {NATION} had recovered faster than \
            expected. The company, headquartered in {CITY}, plans to open two plants next year and hire {N}00 staff. \
            Its mission statement promises "customers first", and investors seemed to agree.
            """,
            """
            General Motors said on {DAY} it would cut {N},000 jobs at its {CITY} operations as it shifts investment to \
            electric vehicles. The carmaker's finance chief, {NAME}, told analysts the restructuring would save {M} billion \
            dollars a year. Union leader {NAME2} called the decision "a betrayal of workers" and promised to fight it.
            """,
            """
            {NATION}'s central bank raised its key interest rate by {N} basis points on {DAY}, its {M}th increase this year, \
            as inflation stayed above target. Governor {NAME} said further moves would depend on the data. Finance Minister \
            {NAME2} welcomed the decision, saying price stability was essential for growth. Mortgage holders in {CITY} face \
            higher payments from {MONTH}.
            """,
            """
            {COMPANY} agreed to buy rival {COMPANY2} for {N}.{M} billion dollars in cash and shares, the two companies said \
            on {DAY}. The merger, which needs approval from regulators in {NATION} and the European Union, would create the \
            region's largest logistics group. Personnel at the {CITY} headquarters were told of the deal by email.
            """,
            // weather
            """
            Forecasters issued an amber warning for heavy snow across {REGION} on {DAY}, with up to {N}0 centimetres \
            expected on high ground. Temperatures could fall to minus {N} degrees overnight in {CITY}. Drivers were told \
            to avoid all but essential journeys, and several schools said they would close on {DAY2}.
            """,
            """
            A heatwave will bring temperatures of up to {N}{M} degrees to {REGION} this week, the national weather service \
            said on {DAY}. Officials in {CITY} opened cooling centres and urged residents to check on elderly neighbours. \
            Farmers warned that the dry spell, the longest since {YEAR}, threatened the {MONTH} harvest.
            """,
            """
            Storm {NAME} brought winds of {N}0 km/h and flooding to coastal towns in {REGION} overnight, leaving {M},000 \
            homes without power. Emergency crews rescued {N} people from cars caught in rising water near {CITY}. The \
            storm is expected to weaken as it moves north on {DAY2}.
            """,
            // technology and science
            """
            {COMPANY} unveiled its latest smartphone on {DAY}, with a faster chip, a larger battery and a camera that the \
            company says rivals professional equipment. The device goes on sale in {MONTH} at {N}99 dollars. Analysts said \
            the launch was crucial as sales in {NATION} have slowed. Engineers will deploy a software update to older \
            models next week.
            """,
            """
            The space agency's mission to study Jupiter's moons passed a key milestone on {DAY} when the probe completed \
            its {N}th flyby. Mission scientists in {CITY} said the data would help explain whether the icy moon could host \
            life. The spacecraft, launched in {YEAR}, will reach its final orbit in {MONTH} {YEAR2}. Commander {NAME} of \
            the space station crew sent a video message of congratulations.
            """,
            """
            Researchers at the University of {CITY} have found that a common blood pressure drug may slow memory loss, \
            according to a study published on {DAY}. The team followed {N},{M}00 patients for {N} years. Lead author \
            {NAME} cautioned that the results needed to be confirmed in a larger trial before doctors changed practice.
            """,
            // culture
            """
            {NAME}'s new novel, a family saga set in {CITY} between the wars, was named on {DAY} as the winner of this \
            year's national book prize. Judges praised its "quiet, devastating" portrait of a marriage. The author, born in \
            {NATION}, said the book took {N} years to write and was inspired by letters found in an attic.
            """,
            """
            The {CITY} film festival opened on {DAY} with the premiere of {NAME}'s drama about a brass band in a mining \
            town. More than {N}0 films from {M}0 countries will be shown over ten days. Festival director {NAME2} said \
            ticket sales were up {N} per cent on last year, helped by an outdoor screen in the old town square.
            """,
            """
            Fans queued overnight in {CITY} for tickets to the band's reunion tour, which sold out in {N} minutes on {DAY}. \
            The group, which split in {YEAR}, will play {M} dates across {NATION} in {MONTH}. Promoter {NAME} said a \
            second show would be added. Resale prices reached {N}00 dollars within hours.
            """,
            // civilian politics and local news
            """
            Voters in {CITY} will choose a new mayor on {DAY} after {NAME} stepped down for health reasons. The leading \
            candidates, {NAME2} and {NAME3}, clashed in a televised debate over housing and public transport. Turnout in \
            the last municipal election was {N}{M} per cent. Results are expected late on election night.
            """,
            """
            {NATION}'s health minister, {NAME}, announced on {DAY} that the country would hire {N},000 more nurses over \
            the next {M} years. The plan, costing {N}.{M} billion, follows months of strikes over pay and staffing. \
            Opposition leader {NAME2} said the money came too late for hospitals in {REGION}.
            """,
            """
            Police in {CITY} arrested {N} people on {DAY} after a series of break-ins at jewellery shops. Detectives said \
            the gang had targeted stores in {REGION} since {MONTH}. A spokesperson for the force urged shop owners to \
            review their security and report anything suspicious.
            """);

    private static final Map<String, List<String>> FILLS = Map.ofEntries(
            Map.entry("TEAM", List.of("Riverside United", "the Harbour Hawks", "Northgate City", "FC Valley", "the Lakers of Eastport", "Westbrook Rovers")),
            Map.entry("TEAM2", List.of("Southfield Athletic", "the Mountain Lions", "Port Albion", "Greenwood Town", "the Comets")),
            Map.entry("COMPANY", List.of("Acme Logistics", "Northwind Traders", "Blue Harbor Foods", "Solara Energy", "Brightline Software", "Kestrel Motors")),
            Map.entry("COMPANY2", List.of("Fabrikam Freight", "Contoso Shipping", "Tailspin Cargo", "Litware Parcels")),
            Map.entry("NAME", List.of("Maria Lindqvist", "Tom Okafor", "Sofia Marchetti", "Jan Kowalski", "Amira Haddad", "Lucas Bernard", "Emma Novak", "Kenji Sato", "Olivia Brennan", "Pieter de Vries")),
            Map.entry("NAME2", List.of("Grace Whitfield", "Henrik Dahl", "Nadia Petrova", "Samuel Adeyemi", "Claire Dubois")),
            Map.entry("NAME3", List.of("Rosa Alvarez", "Mark Ellison", "Ingrid Solberg")),
            Map.entry("CITY", List.of("Bristol", "Lyon", "Gothenburg", "Porto", "Leipzig", "Halifax", "Adelaide", "Osaka", "Valencia", "Graz")),
            Map.entry("NATION", List.of("France", "Sweden", "Canada", "Japan", "Brazil", "Italy", "Norway", "Ireland")),
            Map.entry("NATION2", List.of("New Zealand", "Argentina", "Scotland", "Fiji", "South Africa")),
            Map.entry("REGION", List.of("the north-east", "the coastal provinces", "the Highlands", "the southern valleys", "the lake district")),
            Map.entry("DAY", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
            Map.entry("DAY2", List.of("Tuesday", "Thursday", "Friday", "the weekend")),
            Map.entry("MONTH", List.of("January", "March", "May", "June", "September", "November")),
            Map.entry("YEAR", List.of("1998", "2004", "2011", "2016", "2019")),
            Map.entry("YEAR2", List.of("2031", "2032", "2034")),
            Map.entry("N", List.of("2", "3", "4", "5", "6", "7", "8", "9")),
            Map.entry("M", List.of("1", "2", "3", "4", "5", "6")));

    /** First template and number of templates of each desk, in the order of {@link #TEMPLATES}. */
    private static final int[][] DESKS = {{0, 4}, {4, 4}, {8, 3}, {11, 3}, {14, 3}, {17, 3}};

    private static int[] deskOf(int template) {
        for (int[] d : DESKS) {
            if (template >= d[0] && template < d[0] + d[1]) {
                return d;
            }
        }
        throw new IllegalArgumentException("template " + template);
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)}");

    private OffTopicCorpus() {
    }

    /** How many templates there are (each of the first that many articles uses a different one). */
    static int templates() {
        return TEMPLATES.size();
    }

    /** {@code n} distinct off-topic articles, the same for the same seed. */
    static List<Article> generate(int n, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        while (out.size() < n) {
            // two stories of one desk (sport, business, ...) make one article of news length
            int first = i++ % TEMPLATES.size();
            int[] desk = deskOf(first);
            int second = desk[0] + (first - desk[0] + 1 + random.nextInt(desk[1] - 1)) % desk[1];
            String template = TEMPLATES.get(first) + "\n" + TEMPLATES.get(second);
            Matcher m = SLOT.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                List<String> fill = FILLS.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(fill.get(random.nextInt(fill.size()))));
            }
            m.appendTail(sb);
            String text = sb.toString();
            if (seen.add(text)) {
                String id = "offtopic-" + out.size();
                out.add(new Article(id, id, text, ArticleMeta.empty(), Integer.toHexString(text.hashCode())));
            }
        }
        return out;
    }
}
