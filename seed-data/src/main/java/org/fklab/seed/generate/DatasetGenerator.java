package org.fklab.seed.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.fklab.seed.load.CsvSource;

/**
 * A large, realistic and repeatable dataset of bands and listings for performance lessons and demos: the
 * same seed always gives the same rows. Its CSV is produced as it is read, so a million listings never
 * sit in memory.
 */
public final class DatasetGenerator {

    private static final String[] ADJECTIVES = {"Velvet", "Electric", "Silver", "Midnight", "Crimson", "Hollow",
            "Golden", "Neon", "Wandering", "Quiet", "Broken", "Paper", "Lunar", "Wild", "Glass", "Northern",
            "Static", "Burning", "Distant", "Cosmic", "Bitter", "Iron", "Scarlet", "Ghost", "Atomic", "Violet"};
    private static final String[] NOUNS = {"Owls", "Tides", "Machines", "Foxes", "Harbours", "Pilots", "Echoes",
            "Gardens", "Wolves", "Satellites", "Rivers", "Lanterns", "Comets", "Ravens", "Horses", "Signals",
            "Mountains", "Sparrows", "Engines", "Dreamers", "Canyons", "Orchards", "Magnets", "Sailors"};
    private static final String[] ITEMS = {"t-shirt", "tour poster", "hoodie", "vinyl LP", "cassette", "tote bag",
            "enamel pin", "beanie", "signed CD", "gig ticket", "sticker pack", "baseball cap", "patch", "mug"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};

    private final int bands;
    private final int listings;
    private final long seed;

    public DatasetGenerator(int bands, int listings, long seed) {
        if (bands < 1 || listings < 0) {
            throw new IllegalArgumentException("bands must be at least 1 and listings at least 0");
        }
        this.bands = bands;
        this.listings = listings;
        this.seed = seed;
    }

    public int bands() {
        return bands;
    }

    public int listings() {
        return listings;
    }

    /** {@code band.csv}: id and a unique name for each band. */
    public CsvSource bandCsv() {
        return CsvSource.generated("generated band.csv", "band", bands, () -> new Lines("id,name") {
            private int id;

            @Override
            String next() {
                return ++id > bands ? null : id + "," + bandName(id);
            }
        });
    }

    /** {@code listing.csv}: id, a title and the band it belongs to; about one in twenty has no band. */
    public CsvSource listingCsv() {
        return CsvSource.generated("generated listing.csv", "listing", listings, () -> new Lines("id,title,band_id") {
            private final Random random = new Random(seed);
            private int id;

            @Override
            String next() {
                if (++id > listings) {
                    return null;
                }
                int band = 1 + random.nextInt(bands);
                String item = ITEMS[random.nextInt(ITEMS.length)];
                boolean sized = item.equals("t-shirt") || item.equals("hoodie");
                String title = bandName(band) + " " + item + (sized ? " (" + SIZES[random.nextInt(SIZES.length)] + ")" : "");
                return id + "," + title + "," + (random.nextInt(20) == 0 ? "" : band);
            }
        });
    }

    /** A name unique to each id: every adjective-noun pair once, then numbered editions. */
    String bandName(int id) {
        int index = id - 1;
        int pairs = ADJECTIVES.length * NOUNS.length;
        int pair = (int) ((index * 7919L + seed) % pairs + pairs) % pairs; // spread the pairs over the ids
        String name = "The " + ADJECTIVES[pair % ADJECTIVES.length] + " " + NOUNS[pair / ADJECTIVES.length];
        int edition = index / pairs;
        return edition == 0 ? name : name + " " + roman(edition + 1);
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n >= 100 ? String.valueOf(n) : tens[n / 10] + ones[n % 10];
    }

    /** CSV text made line by line as it is read. */
    private abstract static class Lines extends InputStream {
        private byte[] buffer;
        private int position;
        private boolean done;

        Lines(String header) {
            buffer = (header + "\n").getBytes(StandardCharsets.UTF_8);
        }

        /** The next line without its line break, or null at the end. */
        abstract String next();

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int copied = 0;
            while (copied < length) {
                if (position == buffer.length) {
                    if (done) {
                        break;
                    }
                    StringBuilder chunk = new StringBuilder(8192);
                    for (int i = 0; i < 256; i++) {
                        String line = next();
                        if (line == null) {
                            done = true;
                            break;
                        }
                        chunk.append(line).append('\n');
                    }
                    buffer = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    position = 0;
                    continue;
                }
                int n = Math.min(length - copied, buffer.length - position);
                System.arraycopy(buffer, position, target, offset + copied, n);
                position += n;
                copied += n;
            }
            return copied == 0 && done ? -1 : copied;
        }
    }
}
