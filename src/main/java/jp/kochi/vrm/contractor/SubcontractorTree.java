package jp.kochi.vrm.contractor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subcontracting chains (再委託の連鎖) as a graph of contractor ids: the tree below a contractor, and the check
 * that a new arrangement would not close a cycle (A → B → A), which the register refuses.
 */
public final class SubcontractorTree {

    /** prime → subcontractor, and the arrangement's id. */
    public record Edge(Long prime, Long subcontractor, Long arrangement) {
    }

    /** One line of the tree below a contractor: depth 1 are its direct subcontractors. */
    public record Node(int depth, Long arrangement, Long subcontractor) {
    }

    private final Map<Long, List<Edge>> below = new HashMap<>();

    public SubcontractorTree(Collection<Edge> edges) {
        for (Edge edge : edges) {
            below.computeIfAbsent(edge.prime(), k -> new ArrayList<>()).add(edge);
        }
    }

    /** Whether adding {@code prime → subcontractor} would close a cycle (or is the contractor itself). */
    public boolean wouldCloseCycle(Long prime, Long subcontractor) {
        return prime.equals(subcontractor) || reachable(subcontractor).contains(prime);
    }

    /** Every contractor reachable downward from {@code start}. */
    public Set<Long> reachable(Long start) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (Edge edge : below.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(edge.subcontractor())) {
                    todo.push(edge.subcontractor());
                }
            }
        }
        return seen;
    }

    /**
     * The tree below {@code root} in display order (depth first). Each contractor is expanded once, so even a
     * cycle already in the data (from before the check existed) cannot loop forever.
     */
    public List<Node> below(Long root) {
        List<Node> nodes = new ArrayList<>();
        Set<Long> expanded = new HashSet<>(Set.of(root));
        walk(root, 1, expanded, nodes);
        return nodes;
    }

    private void walk(Long prime, int depth, Set<Long> expanded, List<Node> nodes) {
        for (Edge edge : below.getOrDefault(prime, List.of())) {
            nodes.add(new Node(depth, edge.arrangement(), edge.subcontractor()));
            if (expanded.add(edge.subcontractor())) {
                walk(edge.subcontractor(), depth + 1, expanded, nodes);
            }
        }
    }
}
