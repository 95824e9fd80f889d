package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one foreign-key order, for the learner's tables (--replace) and for a load's files alike. */
class TableOrderTest {

    /** A file, named for its place in the list given, that fills {@code table}. */
    private record File(String name, String table) {
    }

    private static final Map<String, Set<String>> PARENTS = Map.of("BAND", Set.of(), "LISTING", Set.of("BAND"),
            "AUTHOR", Set.of(), "BOOK", Set.of("AUTHOR"), "EMPLOYEE", Set.of("EMPLOYEE"));

    private static List<String> ordered(File... files) {
        return TableOrder.parentsFirst(List.of(files), File::table, f -> PARENTS.get(f.table())).stream()
                .map(File::name).toList();
    }

    @Test
    void aChildWaitsForEveryFileOfItsParentAndTheRestKeepTheirOrder() {
        assertThat(ordered(new File("listing", "LISTING"), new File("author", "AUTHOR"), new File("bands-1", "BAND"),
                new File("bands-2", "BAND"), new File("book", "BOOK")))
                .containsExactly("author", "bands-1", "bands-2", "listing", "book");
    }

    @Test
    void aTablePointingAtItselfNeedsNothingBeforeIt() {
        assertThat(ordered(new File("employee", "EMPLOYEE"), new File("band", "BAND")))
                .containsExactly("employee", "band");
    }
}
