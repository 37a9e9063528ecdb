/**
 * Resolution within one article: what a mention stands for given what the article said before
 * ({@code ArticleAliases}: "Interflex" after "Operation Interflex", "MFO" after "the Multinational
 * Force and Observers (MFO)"), what it describes instead of naming ({@code MissionDescriptions}:
 * "the bloc's training mission in Mozambique"; {@code NationalContingents}: "Japan's army engineers in
 * South Sudan" as that country's deployment there) and which phase of a mission its date means
 * ({@code MissionsInTime}), and a person's canonical name for a title form or another spelling
 * ({@code PersonNames}: "Lord Robertson" is George Robertson). What is known of names outside any article
 * (the gazetteer, unlisted mission names, office holders) is {@code reference}.
 *
 * <p>The extractor reads it through {@link org.missionkg.resolve.ArticleMentions}, which implements
 * {@code extract.MentionResolver} and is handed to the extractor by {@code pipeline.StandardIngest}:
 * {@code resolve} comes after {@code extract} in the flow, so {@code extract} names only the
 * interface it declares. The rest of the resolution across sentences (pronouns, "the mission", a
 * surname after the full name) still lives in {@code extract.ArticleContext}, which asks
 * {@code PersonNames} for each new name through {@code MentionResolver.person}.
 */
package org.missionkg.resolve;
