package org.fklab.migrations.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One node of the migration graph: a Liquibase changelog with a name and the migrations it builds on.
 *
 * @param name          the changelog's file name without extension, e.g. {@code 0003_listing_band}
 * @param parents       the migrations that must be applied before this one (none for a root)
 * @param changelogPath the path Liquibase is given for the changelog (a classpath resource for a
 *                      built-in migration, a path relative to the workspace's migrations folder otherwise)
 * @param file          the file a person can open, for workspace migrations
 * @param changes       what its changeSets do, in order
 * @param checksum      SHA-256 of the changelog's text: an applied migration must not change
 */
public record Migration(String name, List<String> parents, String changelogPath, Optional<Path> file,
                        List<Change> changes, String checksum) {

    public Migration {
        parents = List.copyOf(parents);
        changes = List.copyOf(changes);
    }

    public boolean builtIn() {
        return file.isEmpty();
    }

    /** How many Liquibase changeSets the changelog has. */
    public int changeSets() {
        return (int) changes.stream().map(Change::changeSetId).distinct().count();
    }

    public boolean merge() {
        return parents.size() > 1;
    }

    /** The leading number of the name ({@code 3} for {@code 0003_listing_band}), or -1 without one. */
    public int number() {
        return numberOf(name);
    }

    public static int numberOf(String name) {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(name.substring(0, Math.min(end, 9)));
    }

    /** Where a person finds this migration, for messages. */
    public String location() {
        return file.map(Path::toString).orElse("built-in " + name);
    }

    @Override
    public String toString() {
        return name;
    }
}
