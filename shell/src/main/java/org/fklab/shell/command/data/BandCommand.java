package org.fklab.shell.command.data;

import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.domain.band.Band;
import org.fklab.domain.row.Kind;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.DryRun;
import org.fklab.shell.output.Output;
import org.fklab.shell.output.OutputOptions;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The parent side of band → listings. */
@Command(name = "band", aliases = "bands", description = "Bands, the parent side of band → listings.",
        footer = {"", "A band is named by its id or by its exact name: band show 1, band show \"De La Soul\"."})
public final class BandCommand implements Callable<Integer> {

    private final ShellSession session;

    BandCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return list(new OutputOptions());
    }

    @Command(name = "list", description = "List the bands.")
    int list(@Mixin OutputOptions options) {
        Output.print(session, options, "band list", output -> Views.parents(output, Kind.BAND, session.bands().list()));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "add", description = "Add a band.")
    int add(@Parameters(paramLabel = "NAME", description = "The band's name, in quotes if it has spaces.") String name) {
        Band band = session.bands().add(name);
        session.console().println(session.console().styles().success("Added band " + band.getId() + ": "
                + band.getName()));
        return 0;
    }

    @Command(name = "show", description = "Show a band and its listings (the reverse side of listing.band_id).")
    int show(@Parameters(paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
            description = "The band's id or name.") String ref,
             @Mixin OutputOptions options) {
        Output.print(session, options, "band show", output -> {
            Band band = session.bands().show(ref);
            Views.parentWithChildren(output, Kind.BAND, Kind.LISTING, band, List.of(), band.getListings());
        });
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "rename", description = "Give a band a new name.")
    int rename(@Parameters(index = "0", paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
            description = "The band's id or name.") String ref,
               @Parameters(index = "1", paramLabel = "NAME", description = "The new name.") String name) {
        Band band = session.bands().rename(ref, name);
        session.console().println(session.console().styles().success("Renamed band " + band.getId() + " to "
                + band.getName()));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "delete", description = {"Delete a band; its listings follow the foreign key's ON DELETE rule.",
            "fklab says what happened to each listing (fk_listing_band decides)."})
    int delete(@Parameters(paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
            description = "The band's id or name.") String ref,
               @Mixin DryRun dryRun) {
        return Views.deletion(session, Kind.BAND, session.bands().delete(ref, dryRun.asked()));
    }
}
