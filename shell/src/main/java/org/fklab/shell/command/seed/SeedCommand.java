package org.fklab.shell.command.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fklab.domain.IoErrors;
import org.fklab.seed.SeedException;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.seed.dataset.Dataset;
import org.fklab.seed.export.CsvExporter;
import org.fklab.seed.generate.DatasetGenerator;
import org.fklab.seed.load.CsvSource;
import org.fklab.seed.load.LoadProgress;
import org.fklab.seed.load.LoadReport;
import org.fklab.seed.load.SeedLoader;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.DryRun;
import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.NamedList;
import org.fklab.shell.render.ProgressBar;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Datasets and CSV files: what an instructor loads before a class, and what a learner exports. */
@Command(name = "seed", description = "Load, export and generate data: built-in datasets and CSV files.",
        subcommands = {SeedCommand.ListDatasets.class, SeedCommand.Load.class, SeedCommand.Export.class,
                SeedCommand.Generate.class},
        footer = {"", "A CSV has a header row naming its columns; the table comes from the file name (band.csv or",
                "bands.csv). A foreign key column holds an id (band_id) or the parent's name (band). Files",
                "given together load parents first, in one transaction: every row, or none."})
public final class SeedCommand implements Callable<Integer> {

    private final ShellSession session;

    SeedCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return ListDatasets.print(session);
    }

    @Command(name = "list", description = "List the built-in datasets and their rows.")
    static final class ListDatasets implements Callable<Integer> {
        private final ShellSession session;

        ListDatasets(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            return print(session);
        }

        static int print(ShellSession session) {
            NamedList list = new NamedList("Built-in datasets ('seed load NAME' loads one; add --replace to empty its"
                    + " tables first):");
            for (Dataset dataset : BuiltInDatasets.all()) {
                String rows = dataset.rows().entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "));
                list.add(dataset.name(), dataset.description(), "rows: " + rows);
            }
            list.print(session.console());
            return 0;
        }
    }

    @ChangesWorkspace
    @Command(name = "load", description = {"Load built-in datasets or CSV files, parents first, in one transaction:",
            "every row or none. Every problem is reported with file:line, the column and the value."})
    static final class Load implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "DATASET|FILE.csv", arity = "1..*",
                completionCandidates = CompletionCandidates.DatasetsAndFiles.class,
                description = "Dataset names or CSV files.")
        List<String> names = new ArrayList<>();

        @Mixin
        DryRun dryRun = new DryRun();

        @Option(names = "--replace", description = "Empty the tables first (children before parents), in the same"
                + " transaction.")
        boolean replace;

        @Option(names = "--table", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class,
                description = "The table for a single file whose name is not the table's.")
        String table;

        @Spec
        CommandSpec spec;

        Load(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (table != null && names.size() != 1) {
                throw new UsageMistake(spec, "--table names the table of one file; give one file, or name the files after"
                        + " their tables (band.csv, listing.csv).");
            }
            List<CsvSource> sources = new ArrayList<>();
            for (String name : names) {
                sources.addAll(sources(name, Optional.ofNullable(table)));
            }
            return SeedCommand.load(session, sources, dryRun.asked(), replace);
        }

        private List<CsvSource> sources(String name, Optional<String> table) {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return List.of(CsvSource.file(file, table));
            }
            Optional<Dataset> dataset = BuiltInDatasets.find(name);
            if (dataset.isPresent()) {
                if (table.isPresent()) {
                    throw new UsageMistake(spec, "--table is for a CSV file; the dataset " + name + " knows its"
                            + " tables.");
                }
                return dataset.get().csvSources();
            }
            if (Files.isDirectory(file)) {
                throw new SeedException(name + " is a folder. Name the CSV files in it, e.g. seed load " + name
                        + "/band.csv " + name + "/listing.csv");
            }
            throw new SeedException("There is no file or built-in dataset named " + name + ". 'seed list' shows the"
                    + " datasets; check the path of a file.");
        }
    }

    @Command(name = "export", description = "Write a table to a CSV file that 'seed load' reads back to the same rows.")
    static final class Export implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "FILE.csv")
        Path file;

        Export(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            long rows = new CsvExporter(session.sandbox()).export(table, file);
            session.console().println(session.console().styles().success(String.format(Locale.ROOT,
                    "Wrote %,d %s of %s to %s.", rows, rows == 1 ? "row" : "rows", table, file)));
            return 0;
        }
    }

    @ChangesWorkspace
    @Command(name = "generate", description = {"Generate a large, realistic dataset of bands and listings.",
            "The same rows for the same --seed: written as band.csv and listing.csv with --out, or loaded."})
    static final class Generate implements Callable<Integer> {
        private final ShellSession session;

        /** Far more than a lesson or a benchmark needs: the files stay under a gigabyte. */
        private static final int MAX_BANDS = 1_000_000;
        private static final int MAX_LISTINGS = 10_000_000;

        /** About what the two files take: a band's line is some 25 bytes, a listing's some 45. */
        private static long estimate(long bands, long listings) {
            return bands * 25 + listings * 45;
        }

        @Option(names = "--bands", paramLabel = "N", required = true, description = "How many bands.")
        int bands;

        @Option(names = "--listings", paramLabel = "M", required = true, description = "How many listings.")
        int listings;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Another seed, other rows.")
        long seed;

        @Option(names = "--out", paramLabel = "DIR", description = "Write band.csv and listing.csv here instead.")
        Path out;

        @Option(names = "--replace", description = "When loading: empty band and listing first.")
        boolean replace;

        @Spec
        CommandSpec spec;

        Generate(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws Exception {
            if (bands < 1 || listings < 0) {
                throw new UsageMistake(spec, "--bands needs at least 1 and --listings at least 0.");
            }
            if (bands > MAX_BANDS || listings > MAX_LISTINGS) {
                throw new UsageMistake(spec, String.format(Locale.ROOT, "That is more than fklab generates: at most %,d bands"
                        + " and %,d listings (files of about %,d MB). Ask for fewer.", MAX_BANDS, MAX_LISTINGS,
                        estimate(MAX_BANDS, MAX_LISTINGS) / (1024 * 1024)));
            }
            DatasetGenerator generator = new DatasetGenerator(bands, listings, seed);
            if (out == null) {
                return SeedCommand.load(session, List.of(generator.bandCsv(), generator.listingCsv()), false, replace);
            }
            long written = 0;
            try {
                Files.createDirectories(out);
                long free = Files.getFileStore(out).getUsableSpace();
                if (estimate(bands, listings) > free) {
                    throw new SeedException(String.format(Locale.ROOT, "The files would take about %,d MB, and the disk"
                            + " holding %s has %,d MB free. Ask for fewer rows, or free some space.",
                            estimate(bands, listings) / (1024 * 1024), out, free / (1024 * 1024)));
                }
                for (CsvSource source : List.of(generator.bandCsv(), generator.listingCsv())) {
                    Path file = out.resolve(source.table().orElseThrow() + ".csv");
                    Path partial = file.resolveSibling(file.getFileName() + ".partial");
                    try (var in = source.opener().open()) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                    written += Files.size(file);
                }
            } catch (IOException e) {
                throw new SeedException("Cannot write the files in " + out + ": " + IoErrors.explain(e, out) + ".");
            }
            session.console().println(session.console().styles().success(String.format(Locale.ROOT,
                    "Wrote %,d bands and %,d listings (%,d KB) to %s/band.csv and %s/listing.csv.", bands, listings,
                    written / 1024, out, out)) + " Load them with: seed load " + out + "/band.csv " + out
                    + "/listing.csv --replace");
            return 0;
        }
    }

    static int load(ShellSession session, List<CsvSource> sources, boolean dryRun, boolean replace) {
        Console console = session.console();
        LoadProgress progress = session.interactive()
                ? new ProgressBar(console, session.stopSignal()::requested) : LoadProgress.NONE;
        long start = System.nanoTime();
        LoadReport report = new SeedLoader(session.sandbox()).load(sources,
                new SeedLoader.Options(dryRun, replace, progress));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.emptied().isEmpty()) {
            console.println((dryRun ? "Would empty " : "Emptied ") + report.emptied().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s (%,d rows)", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")) + " first; rows elsewhere that pointed at them followed"
                    + " their foreign key's ON DELETE rule.");
        }
        for (LoadReport.TableCount count : report.tables()) {
            console.println(String.format(Locale.ROOT, "  %-10s %,d %s from %s", count.table(), count.rows(),
                    count.rows() == 1 ? "row" : "rows", count.source()));
        }
        String total = String.format(Locale.ROOT, "%,d rows", report.totalRows());
        console.println(dryRun ? console.styles().warning("Dry run: ") + "all " + total
                + " are valid and would load. Nothing was changed."
                : console.styles().success("Loaded " + total) + String.format(Locale.ROOT, " in %.1f s.", seconds));
        return 0;
    }
}
