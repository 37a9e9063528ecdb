/**
 * Resolution within one article: what a mention stands for given what the article said before
 * ({@link org.missionkg.resolve.ArticleAliases}: "Interflex" after "Operation Interflex", "MFO"
 * after "the Multinational Force and Observers (MFO)"). What is known of names outside any article
 * (the gazetteer, unlisted mission names, office holders) is {@code reference}.
 *
 * <p>The extractor calls it while it reads the article, which is why {@code PackageFlowTest}
 * still lists {@code extract -> resolve} against the flow; the rest of the resolution across
 * sentences (pronouns, "the mission", a surname after the full name) lives in
 * {@code extract.ArticleContext}.
 */
package org.missionkg.resolve;
