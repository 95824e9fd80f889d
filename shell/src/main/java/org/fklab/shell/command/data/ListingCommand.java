package org.fklab.shell.command.data;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fklab.domain.listing.Listing;
import org.fklab.domain.row.Kind;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.DryRun;
import org.fklab.shell.output.Output;
import org.fklab.shell.output.OutputOptions;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The child side of band → listings: each listing holds at most one band's id in band_id. */
@Command(name = "listing", aliases = "listings", description = "Listings, the child side of band → listings.",
        footer = {"", "listing.band_id holds a band's id, or NULL: a listing may have no band."})
public final class ListingCommand implements Callable<Integer> {

    static final String NONE = "none";

    private final ShellSession session;

    ListingCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return list(null, false, false, new OutputOptions());
    }

    @Command(name = "list", description = "List the listings with their band (one JOIN).")
    int list(@Option(names = "--band", paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
            description = "Only this band's listings (id or name).")
             String band,
             @Option(names = "--orphans", description = "Only listings without a band (band_id IS NULL).")
             boolean orphans,
             @Option(names = "--lazy", description = {"Read each listing's band with a query of its own (one more query",
                     "per row: the N+1 problem; compare with explain on)."})
             boolean lazy,
             @Mixin OutputOptions options) {
        String empty = orphans ? "Every listing has a band (no listing has band_id NULL)."
                : band != null ? "That band has no listings." : "No listings yet. Add one: listing add TITLE --band BAND";
        Output.print(session, options, "listing list", output -> Views.children(output, Kind.LISTING, Kind.BAND,
                session.listings().list(Optional.ofNullable(band), orphans, lazy), empty));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "add", description = "Add a listing, with or without a band.")
    int add(@Parameters(paramLabel = "TITLE", description = "The listing's title, in quotes if it has spaces.")
            String title,
            @Option(names = "--band", paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
                    description = "The band it belongs to (id or name).")
            String band) {
        Listing listing = session.listings().add(title, Optional.ofNullable(band));
        session.console().println(session.console().styles().success("Added listing " + listing.getId() + ": "
                + listing.getTitle()) + (listing.getBand() == null ? " (no band)"
                : " (band " + listing.getBand().getId() + ": " + listing.getBand().getName() + ")"));
        return 0;
    }

    @Command(name = "show", description = "Show a listing and its band (the forward side of listing.band_id).")
    int show(@Parameters(paramLabel = "LISTING", completionCandidates = CompletionCandidates.Listings.class,
            description = "The listing's id.") String id,
             @Mixin OutputOptions options) {
        Output.print(session, options, "listing show", output -> Views.child(output, Kind.LISTING, Kind.BAND,
                session.listings().show(id), List.of()));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "set-band", description = "Point a listing at a band, or at none.")
    int setBand(@Parameters(index = "0", paramLabel = "LISTING",
            completionCandidates = CompletionCandidates.Listings.class, description = "The listing's id.") String id,
                @Parameters(index = "1", paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class,
                        description = "A band's id or name, or none.")
                String band) {
        Optional<String> target = NONE.equals(band) ? Optional.empty() : Optional.of(band);
        Listing listing = session.listings().setParent(id, target);
        session.console().println(session.console().styles().success(listing.getBand() == null
                ? "Listing " + listing.getId() + " now has no band (band_id = NULL)."
                : "Listing " + listing.getId() + " now belongs to band " + listing.getBand().getId() + ": "
                + listing.getBand().getName() + " (band_id = " + listing.getBand().getId() + ")."));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "rename", description = "Give a listing a new title.")
    int rename(@Parameters(index = "0", paramLabel = "LISTING",
            completionCandidates = CompletionCandidates.Listings.class, description = "The listing's id.") String id,
               @Parameters(index = "1", paramLabel = "TITLE", description = "The new title.") String title) {
        Listing listing = session.listings().rename(id, title);
        session.console().println(session.console().styles().success("Renamed listing " + listing.getId() + " to "
                + listing.getTitle()));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "delete", description = "Delete a listing (its band stays).")
    int delete(@Parameters(paramLabel = "LISTING", completionCandidates = CompletionCandidates.Listings.class,
            description = "The listing's id.") String id,
               @Mixin DryRun dryRun) {
        return Views.deletion(session, Kind.LISTING, session.listings().delete(id, dryRun.asked()));
    }
}
