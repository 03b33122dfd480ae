package org.healthequity.exchange.casestudy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The 169 targets of the 17 Sustainable Development Goals, as their official codes ("3.8", "10.2", "3.d"): a
 * two-level vocabulary, goal then target. A goal's name is the bundle key "expertise.sdg.N".
 */
public final class SdgTargets {

    /** Per goal: how many numbered targets, and how many lettered (means of implementation) targets. */
    private static final int[][] SHAPE = {{5, 2}, {5, 3}, {9, 4}, {7, 3}, {6, 3}, {6, 2}, {3, 2}, {10, 2}, {5, 3},
        {7, 3}, {7, 3}, {8, 3}, {3, 2}, {7, 3}, {9, 3}, {10, 2}, {19, 0}};

    private static final List<String> ALL;
    private static final Set<String> KNOWN;

    static {
        List<String> all = new ArrayList<>();
        for (int goal = 1; goal <= SHAPE.length; goal++) {
            all.addAll(ofGoal(goal));
        }
        ALL = Collections.unmodifiableList(all);
        KNOWN = Collections.unmodifiableSet(new LinkedHashSet<>(all));
    }

    private SdgTargets() {
    }

    public static List<String> all() {
        return ALL;
    }

    public static List<Integer> goals() {
        return IntStream.rangeClosed(1, SHAPE.length).boxed().toList();
    }

    public static List<String> ofGoal(int goal) {
        int[] shape = SHAPE[goal - 1];
        List<String> targets = new ArrayList<>();
        for (int n = 1; n <= shape[0]; n++) {
            targets.add(goal + "." + n);
        }
        for (int l = 0; l < shape[1]; l++) {
            targets.add(goal + "." + (char) ('a' + l));
        }
        return targets;
    }

    public static boolean isValid(String target) {
        return KNOWN.contains(target);
    }

    /** "3.8" → 3. */
    public static int goalOf(String target) {
        return Integer.parseInt(target.substring(0, target.indexOf('.')));
    }

    /** The bundle key of a goal's name. */
    public static String goalMessageKey(int goal) {
        return "expertise.sdg." + goal;
    }
}
