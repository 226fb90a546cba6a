package de.ladewerk.testsupport.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Package import loops of a module measured against a written-down baseline, for a module that still has
 * loops to break: every import between two packages of one loop (strongly connected component) must be in
 * the baseline. A new loop, a package joining a loop or a new import inside one fails; an import that is
 * gone only shrinks the debt (delete its line). Modules without loops use
 * {@link ArchitectureRules#noPackageCycles()} instead.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** Imports between packages ("from -> to", packages below {@code de.ladewerk.}) that lie on a loop. */
    public static Set<String> edgesOnLoops(JavaClasses classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = slice(c);
            graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (classes.contain(target.getName())) {
                    String to = slice(target);
                    if (!to.equals(from)) {
                        graph.get(from).add(to);
                    }
                }
            }
        }
        Map<String, Integer> component = components(graph);
        Set<String> edges = new TreeSet<>();
        graph.forEach((from, tos) -> tos.forEach(to -> {
            if (component.get(from).equals(component.get(to))) {
                edges.add(from + " -> " + to);
            }
        }));
        return edges;
    }

    /** Imports on loops that the baseline (one "from -> to" a line, '#' comments) does not list; empty is good. */
    public static Set<String> beyondBaseline(JavaClasses classes, String baselineResource) {
        Set<String> known = baseline(baselineResource);
        Set<String> extra = new TreeSet<>(edgesOnLoops(classes));
        extra.removeAll(known);
        return extra;
    }

    static Set<String> baseline(String resource) {
        try (InputStream in = PackageCycles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no baseline " + resource + " on the class path");
            }
            Set<String> lines = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slice(JavaClass c) {
        return c.getPackageName().replaceFirst("^de\\.ladewerk\\.", "");
    }

    /** Tarjan's strongly connected components, iteratively: package to component number. */
    private static Map<String, Integer> components(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String root : graph.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {node, iterator over successors}
            visit(root, index, low, stack, onStack, counter);
            work.push(new Object[] {root, new ArrayList<>(graph.get(root)).iterator()});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> it = (java.util.Iterator<String>) frame[1];
                if (it.hasNext()) {
                    String next = it.next();
                    if (!index.containsKey(next)) {
                        visit(next, index, low, stack, onStack, counter);
                        work.push(new Object[] {next, new ArrayList<>(graph.getOrDefault(next, Set.of())).iterator()});
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                } else {
                    work.pop();
                    if (!work.isEmpty()) {
                        String parent = (String) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(node)));
                    }
                    if (low.get(node).equals(index.get(node))) {
                        String member;
                        do {
                            member = stack.pop();
                            onStack.remove(member);
                            component.put(member, index.get(node));
                        } while (!member.equals(node));
                    }
                }
            }
        }
        return component;
    }

    private static void visit(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                              Set<String> onStack, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
    }
}
