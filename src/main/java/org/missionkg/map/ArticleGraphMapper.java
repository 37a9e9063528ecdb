package org.missionkg.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Provenance;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * Maps one article and the facts taken from it to the RDF of its named graph, as
 * {@code ontology/README.md} describes. The only stage that knows RDF terms.
 *
 * <pre>
 *   Model g = ArticleGraphMapper.create("1").map(article, facts, Instant.now());
 * </pre>
 */
public final class ArticleGraphMapper {
    static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName(Iris.EDTF_DATATYPE);

    private final String extractorVersion;

    private ArticleGraphMapper(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    /** A mapper that names the given extractor version on every fact. */
    public static ArticleGraphMapper create(String extractorVersion) {
        return new ArticleGraphMapper(extractorVersion);
    }

    public String extractorVersion() {
        return extractorVersion;
    }

    public Model map(Article article, List<Fact> facts, Instant ingestedAt) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        Resource a = mapArticle(m, article, ingestedAt);
        FactMapper factMapper = new FactMapper(m, this);
        for (Fact f : facts) {
            factMapper.map(f, a);
        }
        return m;
    }

    private Resource mapArticle(Model m, Article article, Instant ingestedAt) {
        ArticleMeta meta = article.meta();
        Resource a = m.createResource(Iris.article(article.id()))
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(MKG.articleId, article.id())
                .addProperty(SchemaDO.text, article.text())
                .addLiteral(MKG.textLength, m.createTypedLiteral(article.text().length(), XSDDatatype.XSDinteger))
                .addProperty(MKG.sha256, article.sha256())
                .addProperty(MKG.sourceFile, article.source())
                .addProperty(MKG.version, extractorVersion)
                .addLiteral(MKG.ingestedAt, m.createTypedLiteral(ingestedAt.toString(), XSDDatatype.XSDdateTime));
        if (meta.title() != null) {
            a.addProperty(SchemaDO.headline, meta.title());
        }
        if (meta.outlet() != null) {
            Resource outlet = m.createResource(Iris.outlet(meta.outlet()))
                    .addProperty(RDF.type, MKG.Outlet)
                    .addProperty(RDFS.label, meta.outlet());
            a.addProperty(SchemaDO.publisher, outlet);
        }
        if (meta.author() != null) {
            a.addProperty(SchemaDO.author, meta.author());
        }
        if (meta.published() != null) {
            a.addLiteral(SchemaDO.datePublished, publishedLiteral(m, meta.published()));
        }
        if (meta.url() != null) {
            a.addProperty(SchemaDO.url, m.createResource(meta.url()));
        }
        if (meta.language() != null) {
            a.addProperty(SchemaDO.inLanguage, meta.language());
        }
        for (Map.Entry<String, String> e : meta.extra().entrySet()) {
            a.addProperty(MKG.note, e.getKey() + ": " + e.getValue());
        }
        return a;
    }

    private static Literal publishedLiteral(Model m, FuzzyDate d) {
        return switch (d.precision()) {
            case DAY -> m.createTypedLiteral(d.edtf(), XSDDatatype.XSDdate);
            case MONTH -> m.createTypedLiteral(d.edtf(), XSDDatatype.XSDgYearMonth);
            default -> m.createTypedLiteral(d.edtf().substring(0, 4), XSDDatatype.XSDgYear);
        };
    }

    /** Adds an entity's type and label to the graph, so that every graph is self-describing. */
    static Resource entity(Model m, EntityRef ref) {
        return m.createResource(Iris.entity(ref))
                .addProperty(RDF.type, classOf(ref.kind()))
                .addProperty(RDFS.label, ref.label());
    }

    static Resource classOf(EntityKind kind) {
        return switch (kind) {
            case MISSION -> MKG.Mission;
            case COUNTRY -> MKG.Country;
            case ORGANIZATION -> MKG.Organization;
            case PERSON -> MKG.Person;
            case PLACE -> MKG.Place;
            case OUTLET -> MKG.Outlet;
        };
    }

    /** Writes a time value as its EDTF literal plus the earliest/latest xsd:date bounds it allows. */
    static void time(Resource node, FuzzyDate d, Property edtf, Property earliest, Property latest) {
        if (d == null) {
            return;
        }
        Model m = node.getModel();
        node.addLiteral(edtf, m.createTypedLiteral(d.edtf(), EDTF));
        if (d.earliest() != null) {
            node.addLiteral(earliest, m.createTypedLiteral(d.earliest().toString(), XSDDatatype.XSDdate));
        }
        if (d.latest() != null) {
            node.addLiteral(latest, m.createTypedLiteral(d.latest().toString(), XSDDatatype.XSDdate));
        }
    }

    /** The parts every fact has: source article, rule, confidence, as-of date and evidence. */
    void provenance(Resource fact, Provenance p, Resource article) {
        Model m = fact.getModel();
        Resource extractor = m.createResource(Iris.extractor(p.rule(), extractorVersion))
                .addProperty(RDF.type, MKG.Extractor)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(MKG.ruleId, p.rule())
                .addProperty(MKG.version, extractorVersion)
                .addProperty(RDFS.label, "extraction rule " + p.rule() + ", version " + extractorVersion);
        fact.addProperty(PROV.wasDerivedFrom, article)
                .addProperty(PROV.wasGeneratedBy, extractor)
                .addLiteral(MKG.confidence, m.createTypedLiteral(
                        BigDecimal.valueOf(p.confidence()).setScale(2, RoundingMode.HALF_UP)));
        time(fact, p.asOf(), MKG.asOf, MKG.asOfEarliest, MKG.asOfLatest);
        if (p.dateSource() != null) {
            fact.addProperty(MKG.dateSource, p.dateSource());
        }
        Evidence e = p.evidence();
        String base = fact.getURI();
        Resource quote = m.createResource(base + "#quote")
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, e.exact())
                .addProperty(OA.prefix, e.prefix())
                .addProperty(OA.suffix, e.suffix());
        Resource position = m.createResource(base + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, m.createTypedLiteral(e.start(), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, m.createTypedLiteral(e.end(), XSDDatatype.XSDnonNegativeInteger));
        Resource ev = m.createResource(base + "#evidence")
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, article)
                .addProperty(OA.hasSelector, quote)
                .addProperty(OA.hasSelector, position)
                .addProperty(MKG.sentence, e.sentence());
        fact.addProperty(MKG.evidence, ev);
    }
}
