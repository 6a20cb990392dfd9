package app.loadwise.server.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The cycles between packages: groups of packages that each reach every other one through their classes' dependencies. */
final class PackageCycles {

    /** Which package depends on which, with one example dependency for each pair. */
    private final SortedMap<String, SortedMap<String, String>> edges = new TreeMap<>();

    private PackageCycles() {
    }

    static PackageCycles of(JavaClasses classes, String basePackage) {
        PackageCycles graph = new PackageCycles();
        for (JavaClass origin : classes) {
            String from = origin.getPackageName();
            graph.edges.computeIfAbsent(from, p -> new TreeMap<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (!to.equals(from) && (to.equals(basePackage) || to.startsWith(basePackage + "."))) {
                    graph.edges.get(from).putIfAbsent(to, origin.getSimpleName() + " -> " + dependency.getTargetClass().getSimpleName());
                }
            }
        }
        return graph;
    }

    /** Every cycle, as the sorted set of its packages (Tarjan's strongly connected components of two or more). */
    List<SortedSet<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<SortedSet<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, index, lowLink, stack, onStack, found, counter);
            }
        }
        found.sort((a, b) -> a.first().compareTo(b.first()));
        return found;
    }

    private void connect(String node, Map<String, Integer> index, Map<String, Integer> lowLink, Deque<String> stack,
                         Set<String> onStack, List<SortedSet<String>> found, int[] counter) {
        index.put(node, counter[0]);
        lowLink.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, new TreeMap<>()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, index, lowLink, stack, onStack, found, counter);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (onStack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            SortedSet<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    /** The dependencies inside one cycle, one line per pair of packages, e.g. "a.b -> a.c (Foo -> Bar)". */
    String describe(SortedSet<String> cycle) {
        StringBuilder text = new StringBuilder();
        for (String from : cycle) {
            edges.getOrDefault(from, new TreeMap<>()).forEach((to, example) -> {
                if (cycle.contains(to)) {
                    text.append("  ").append(from).append(" -> ").append(to).append(" (").append(example).append(")\n");
                }
            });
        }
        return text.toString();
    }
}
