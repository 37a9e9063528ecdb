package org.missionkg.link;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.link.Linker.Decision;
import org.missionkg.link.Scoring.Scored;
import org.missionkg.model.BadInputException;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * The links graph ({@link Iris#LINKS_GRAPH}): links to Wikidata made by the linker or by a
 * reviewer, each with a record of how it was made, and the candidates still to review. It never
 * holds checked links (those live in the reference graph) and never changes another graph.
 *
 * <pre>
 * &lt;…/id/person/x&gt; owl:sameAs wd:Q… ; mkg:wikidata "Q…" .
 * &lt;…/link/{hash}&gt; a mkg:Link, prov:Entity ; mkg:linkSubject &lt;…/id/person/x&gt; ; mkg:linkTarget wd:Q… ;
 *     mkg:method "reconciliation" ; mkg:score 1.50 ; mkg:margin 0.50 ; rdfs:comment "label matches; …" ;
 *     prov:wasGeneratedBy &lt;…/link/run/reconciliation-20261123T090000000Z&gt; .
 * &lt;…/link/run/reconciliation-…&gt; a mkg:Reconciliation, prov:Activity ;
 *     prov:used &lt;https://query.wikidata.org/sparql&gt; ; prov:startedAtTime … ; prov:endedAtTime … .
 * &lt;…/id/person/y&gt; mkg:candidate &lt;…/link/candidate/{hash}&gt; .
 * &lt;…/link/candidate/{hash}&gt; a mkg:LinkCandidate ; mkg:linkSubject &lt;…/id/person/y&gt; ; mkg:linkTarget wd:Q… ;
 *     mkg:score 1.00 ; rdfs:label "…" ; schema:description "…" ; rdfs:comment "…" ; prov:wasGeneratedBy &lt;run&gt; .
 * </pre>
 */
public final class LinksGraph {
    public static final String METHOD_RECONCILIATION = "reconciliation";
    public static final String METHOD_REVIEWED = "reviewed";

    private static final Node GRAPH = NodeFactory.createURI(Iris.LINKS_GRAPH);
    private static final Set<Resource> LINKABLE_TYPES = Set.of(MKG.Person, MKG.Country, MKG.Organization, MKG.Place,
            MKG.Mission, MKG.Role);

    /** An entity with the candidates kept for it, best first. */
    public record ReviewEntry(String entity, String label, List<ReviewCandidate> candidates) {
        public ReviewEntry {
            candidates = List.copyOf(candidates);
        }
    }

    /** One candidate item as the linker saw it. */
    public record ReviewCandidate(String qid, String label, String description, BigDecimal score, String reasons) {
    }

    /**
     * A reviewed link recorded by {@link #accept}.
     *
     * @param replaced      the QID of the automatic or reviewed link it replaced, or null
     * @param wasCandidate  whether the item was one of the entity's kept candidates
     * @param alreadyLinked true when a checked link to the same item was already there (nothing was written)
     */
    public record Accepted(String entity, String qid, String replaced, boolean wasCandidate, boolean alreadyLinked) {
    }

    private LinksGraph() {
    }

    /** Writes one run's decisions: links for the clear winners, candidates for the undecided, stale candidates out. */
    static void record(KnowledgeStore store, List<Decision> decisions, String endpoint, Instant started, Instant ended) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            Model links = ModelFactory.createModelForGraph(dsg.getGraph(GRAPH));
            Resource run = links.createResource(Iris.linkRun(METHOD_RECONCILIATION, started))
                    .addProperty(RDF.type, MKG.Reconciliation)
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "reconciliation against " + endpoint)
                    .addProperty(PROV.used, links.createResource(endpoint))
                    .addLiteral(PROV.startedAtTime, time(links, started))
                    .addLiteral(PROV.endedAtTime, time(links, ended));
            for (Decision d : decisions) {
                Resource entity = links.createResource(d.entity().iri());
                removeCandidates(links, entity);
                switch (d.outcome()) {
                    case LINKED -> {
                        Scored best = d.ranked().get(0);
                        BigDecimal margin = d.ranked().size() > 1
                                ? BigDecimal.valueOf(best.points() - d.ranked().get(1).points(), 2) : null;
                        addLink(links, entity, best.candidate().qid(), METHOD_RECONCILIATION, best.score(), margin, run,
                                String.join("; ", best.reasons()));
                    }
                    case UNDECIDED -> {
                        for (Scored s : d.ranked().subList(0, Math.min(Linker.KEPT_CANDIDATES, d.ranked().size()))) {
                            String why = String.join("; ", s.reasons()) + (d.note() == null ? "" : "; undecided: " + d.note());
                            addCandidate(links, entity, s, run, why);
                        }
                    }
                    case NO_CANDIDATE -> {
                        // nothing to keep; stale candidates are gone
                    }
                }
            }
            removeUnusedRuns(links);
        });
    }

    /** The candidates kept for review, by entity IRI, each best first. */
    public static List<ReviewEntry> review(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Model links = ModelFactory.createModelForGraph(dsg.getGraph(GRAPH));
            Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
            Map<String, List<ReviewCandidate>> byEntity = new TreeMap<>();
            for (Statement s : links.listStatements(null, MKG.candidate, (RDFNode) null).toList()) {
                Resource c = s.getResource();
                Resource target = c.getPropertyResourceValue(MKG.linkTarget);
                String qid = target == null ? null : Iris.wikidataQid(target.getURI());
                if (qid == null) {
                    continue;
                }
                byEntity.computeIfAbsent(s.getSubject().getURI(), k -> new ArrayList<>()).add(new ReviewCandidate(qid,
                        string(c, RDFS.label), string(c, SchemaDO.description),
                        c.hasProperty(MKG.score) ? new BigDecimal(c.getProperty(MKG.score).getLiteral().getLexicalForm()) : null,
                        string(c, RDFS.comment)));
            }
            List<ReviewEntry> out = new ArrayList<>();
            byEntity.forEach((e, cs) -> {
                cs.sort(Comparator.comparing(ReviewCandidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ReviewCandidate::qid));
                String label = string(union.createResource(e), RDFS.label);
                out.add(new ReviewEntry(e, label.isEmpty() ? e : label, cs));
            });
            return out;
        });
    }

    /**
     * Records that a person accepted {@code qid} for {@code entityIri} (method "reviewed"): it replaces an
     * automatic or earlier reviewed link and the entity's candidates, but never a checked link.
     *
     * @throws BadInputException when the QID is malformed, the entity is unknown, or it has a checked link to
     *                           another item
     */
    public static Accepted accept(KnowledgeStore store, Gazetteer gazetteer, String entityIri, String qid, Clock clock) {
        Objects.requireNonNull(entityIri, "entityIri");
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new BadInputException("--accept", "'" + qid + "' is not a Wikidata item ID such as Q42");
        }
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            Node e = NodeFactory.createURI(entityIri);
            if (!known(dsg, gazetteer, e)) {
                throw new BadInputException("--accept", "<" + entityIri + "> is not a person, country, organisation, "
                        + "place, mission or role in the store");
            }
            String checked = checkedLink(dsg, gazetteer, e);
            if (checked != null) {
                if (checked.equals(qid)) {
                    return new Accepted(entityIri, qid, null, false, true);
                }
                throw new BadInputException("--accept", "<" + entityIri + "> has a checked link to " + checked
                        + "; checked links are never replaced");
            }
            Model links = ModelFactory.createModelForGraph(dsg.getGraph(GRAPH));
            Resource entity = links.createResource(entityIri);
            Resource candidate = links.createResource(Iris.linkCandidate(entityIri, qid));
            boolean wasCandidate = links.contains(entity, MKG.candidate, candidate);
            BigDecimal score = wasCandidate && candidate.hasProperty(MKG.score)
                    ? new BigDecimal(candidate.getProperty(MKG.score).getLiteral().getLexicalForm()) : null;
            Resource proposedBy = wasCandidate ? candidate.getPropertyResourceValue(PROV.wasGeneratedBy) : null;
            Statement old = entity.getProperty(OWL.sameAs);
            String replaced = old != null && old.getObject().isURIResource() ? Iris.wikidataQid(old.getResource().getURI()) : null;
            Instant now = clock.instant();
            Resource review = links.createResource(Iris.linkRun(METHOD_REVIEWED, now))
                    .addProperty(RDF.type, MKG.Reconciliation)
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "review: " + qid + " accepted for <" + entityIri + ">")
                    .addLiteral(PROV.startedAtTime, time(links, now))
                    .addLiteral(PROV.endedAtTime, time(links, now));
            if (proposedBy != null) {
                review.addProperty(PROV.wasInformedBy, proposedBy);
            }
            removeLink(links, entity);
            removeCandidates(links, entity);
            addLink(links, entity, qid, METHOD_REVIEWED, score, null, review,
                    wasCandidate ? "accepted by a reviewer from the linker's candidates" : "accepted by a reviewer");
            removeUnusedRuns(links);
            return new Accepted(entityIri, qid, replaced, wasCandidate, false);
        });
    }

    private static void addLink(Model links, Resource entity, String qid, String method, BigDecimal score,
            BigDecimal margin, Resource run, String comment) {
        Resource item = links.createResource(Iris.wikidataItem(qid));
        entity.addProperty(OWL.sameAs, item).addProperty(MKG.wikidata, qid);
        Resource link = links.createResource(Iris.link(entity.getURI()))
                .addProperty(RDF.type, MKG.Link)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(MKG.linkSubject, entity)
                .addProperty(MKG.linkTarget, item)
                .addProperty(MKG.method, method)
                .addProperty(PROV.wasGeneratedBy, run);
        if (score != null) {
            link.addLiteral(MKG.score, decimal(links, score));
        }
        if (margin != null) {
            link.addLiteral(MKG.margin, decimal(links, margin));
        }
        if (comment != null && !comment.isBlank()) {
            link.addProperty(RDFS.comment, comment);
        }
    }

    private static void addCandidate(Model links, Resource entity, Scored s, Resource run, String comment) {
        Candidate c = s.candidate();
        Resource node = links.createResource(Iris.linkCandidate(entity.getURI(), c.qid()))
                .addProperty(RDF.type, MKG.LinkCandidate)
                .addProperty(MKG.linkSubject, entity)
                .addProperty(MKG.linkTarget, links.createResource(Iris.wikidataItem(c.qid())))
                .addLiteral(MKG.score, decimal(links, s.score()))
                .addProperty(RDFS.label, c.displayLabel())
                .addProperty(RDFS.comment, comment)
                .addProperty(PROV.wasGeneratedBy, run);
        if (!c.description().isBlank()) {
            node.addProperty(SchemaDO.description, c.description());
        }
        entity.addProperty(MKG.candidate, node);
    }

    /** Takes out the entity's link in this graph and its record (never anything in another graph). */
    private static void removeLink(Model links, Resource entity) {
        links.removeAll(entity, OWL.sameAs, null);
        links.removeAll(entity, MKG.wikidata, null);
        links.removeAll(links.createResource(Iris.link(entity.getURI())), null, null);
    }

    private static void removeCandidates(Model links, Resource entity) {
        for (Statement s : entity.listProperties(MKG.candidate).toList()) {
            if (s.getObject().isResource()) {
                links.removeAll(s.getResource(), null, null);
            }
        }
        links.removeAll(entity, MKG.candidate, null);
    }

    /** Runs that no link or candidate refers to any more (directly or through a review) go. */
    private static void removeUnusedRuns(Model links) {
        boolean removed = true;
        while (removed) {
            removed = false;
            for (Resource run : links.listSubjectsWithProperty(RDF.type, MKG.Reconciliation).toList()) {
                if (!links.contains(null, PROV.wasGeneratedBy, run) && !links.contains(null, PROV.wasInformedBy, run)) {
                    links.removeAll(run, null, null);
                    removed = true;
                }
            }
        }
    }

    private static boolean known(DatasetGraph dsg, Gazetteer gazetteer, Node e) {
        Iterator<Quad> it = dsg.find(Node.ANY, e, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node type = it.next().getObject();
            if (LINKABLE_TYPES.stream().anyMatch(t -> t.asNode().equals(type))) {
                return true;
            }
        }
        if (gazetteer == null) {
            return false;
        }
        Resource r = gazetteer.model().createResource(e.getURI());
        return LINKABLE_TYPES.stream().anyMatch(t -> gazetteer.model().contains(r, RDF.type, t));
    }

    /** The QID of a link to Wikidata held outside the links graph (the reference graph, an article) or in the gazetteer. */
    private static String checkedLink(DatasetGraph dsg, Gazetteer gazetteer, Node e) {
        Iterator<Quad> it = dsg.find(Node.ANY, e, OWL.sameAs.asNode(), Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(GRAPH) && q.getObject().isURI()) {
                String qid = Iris.wikidataQid(q.getObject().getURI());
                if (qid != null) {
                    return qid;
                }
            }
        }
        return gazetteer == null ? null : gazetteer.wikidataId(e.getURI()).orElse(null);
    }

    private static Literal time(Model m, Instant t) {
        return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    private static Literal decimal(Model m, BigDecimal d) {
        return m.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getString() : "";
    }
}
