/**
 * Reference knowledge: what missionkg knows before it reads any article, and the look-ups over
 * it that several stages share.
 * <ul>
 *   <li>{@link org.missionkg.reference.Gazetteer}: the missions, countries, organisations,
 *       places, people, ranks and roles of {@code data/gazetteer.ttl} with their aliases, and
 *       the scan that finds them in a text ({@link org.missionkg.reference.GazetteerMatch};
 *       the matching itself in {@code AliasTokens} and {@code AliasIndex});</li>
 *   <li>{@link org.missionkg.reference.MissionNames}: the missions the gazetteer does not list,
 *       known by how missions are named ("Operation …", "Task Force …");</li>
 *   <li>{@link org.missionkg.reference.OfficeHolders} ({@code data/officeholders.tsv}) and
 *       {@link org.missionkg.reference.TitleHolders}: who held which office for whom, so that a
 *       bare title names its country.</li>
 * </ul>
 *
 * <p>It sits low in the flow, after {@code read} (it loads its Turtle with
 * {@code read.TurtleResource}) and before {@code screen}, because every stage from there on
 * reads it: the relevance screen looks for mission names before any NLP, the extractor turns
 * names into entities while it builds facts, {@code map} writes the gazetteer into the reference
 * graph and {@code link} takes its checked Wikidata IDs. It holds no article's state: resolving
 * what one article's mentions stand for (its own short names for a mission) is {@code resolve}'s.
 */
package org.missionkg.reference;
