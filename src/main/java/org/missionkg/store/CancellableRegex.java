package org.missionkg.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE}, evaluated so that the query's timeout stops them.
 * Java's regular expressions never look at the clock: a pattern with catastrophic backtracking
 * ({@code ^(.*a){20}$} over forty a's) runs for hours after ARQ has cancelled the query. Here
 * the matcher reads its input through a {@link CharSequence} that checks the query's cancel
 * signal (set by the timeout) every few thousand characters and throws
 * {@link QueryCancelledException}, which ends the query as a timeout does.
 * {@link QueryGuards} puts these in place of ARQ's own {@code E_Regex} and {@code E_StrReplace}.
 */
final class CancellableRegex extends ExprFunctionN {
    private final boolean replace;

    private CancellableRegex(boolean replace, ExprList args) {
        super(replace ? "replace" : "regex", args);
        this.replace = replace;
    }

    static CancellableRegex regex(ExprList args) {
        return new CancellableRegex(false, args);
    }

    static CancellableRegex replace(ExprList args) {
        return new CancellableRegex(true, args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        if (cancel == null && env != null) {
            cancel = Context.getCancelSignal(env.getContext());
        }
        return replace ? replace(args, cancel) : regex(args, cancel);
    }

    /**
     * Without a query there is no cancel signal to watch: refused. ARQ's optimizer folds constant
     * expressions through this method, at a time no timeout runs; refusing keeps the expression
     * for the query's own evaluation, where it can be stopped.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new UnsupportedOperationException("evaluated only inside a query");
    }

    private static NodeValue regex(List<NodeValue> args, AtomicBoolean cancel) {
        Node text = stringLiteral("REGEX", args.get(0));
        Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(p.matcher(guarded(text.getLiteralLexicalForm(), cancel)).find());
    }

    private static NodeValue replace(List<NodeValue> args, AtomicBoolean cancel) {
        Node text = stringLiteral("REPLACE", args.get(0));
        Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
        if (p.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string: " + p.pattern());
        }
        String replacement = args.get(2).asString();
        String result;
        try {
            result = p.matcher(guarded(text.getLiteralLexicalForm(), cancel)).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: bad replacement '" + replacement + "': " + e.getMessage());
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(result)
                : NodeValue.makeNode(NodeFactory.createLiteralLang(result, lang));
    }

    private static Node stringLiteral(String fn, NodeValue v) {
        Node n = v.asNode();
        boolean string = n.isLiteral() && (org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.equals(n.getLiteralDatatype())
                || !n.getLiteralLanguage().isEmpty());
        if (!string) {
            throw new ExprEvalException(fn + ": not a string: " + v);
        }
        return n;
    }

    private static Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("regex: the pattern is not a string: " + pattern);
        }
        try {
            return Pattern.compile(pattern.getString(), flags == null ? 0 : RegexEngine.makeMask(flags.getString()));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regex: bad pattern: " + e.getDescription());
        }
    }

    private static CharSequence guarded(String s, AtomicBoolean cancel) {
        return cancel == null ? s : new Guarded(s, 0, s.length(), cancel);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(replace, newArgs);
    }

    /** The text, read through a check of the cancel signal on every 4096th character read. */
    private static final class Guarded implements CharSequence {
        private final String s;
        private final int from;
        private final int to;
        private final AtomicBoolean cancel;
        private int reads;

        Guarded(String s, int from, int to, AtomicBoolean cancel) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancel.get()) {
                throw new QueryCancelledException();
            }
            return s.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(s, from + start, from + end, cancel);
        }

        @Override
        public String toString() {
            return s.substring(from, to);
        }
    }
}
