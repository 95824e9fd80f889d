package org.fklab.shell.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text from the command's thread to the pager's, a bounded amount at a time: the command writes only as far ahead
 * of the screen as the pipe holds, and learns at its next write that the pager has quit (or that Ctrl-C came).
 * Unlike java.io's piped streams, each side wakes the other the moment something changes.
 */
final class Pipe {

    /** Thrown to the writing side when the reader has gone or the output was stopped: write no more. */
    static final class Closed extends IOException {
        Closed() {
            super("the pager has quit");
        }
    }

    private static final int CAPACITY = 1 << 16;

    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private int buffered;
    private int offset; // into the first chunk
    private boolean writerDone;
    private boolean writerStopped;
    private boolean readerGone;

    private synchronized void put(byte[] chunk) throws IOException {
        while (buffered >= CAPACITY && !readerGone && !writerStopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        if (readerGone) {
            throw new Closed();
        }
        if (chunk.length > 0) {
            chunks.add(chunk); // after a stop, what was written before it still shows
            buffered += chunk.length;
        }
        if (writerStopped) {
            notifyAll();
            throw new Closed();
        }
        notifyAll();
    }

    private synchronized boolean writerStopped() {
        return writerStopped;
    }

    private synchronized int take(byte[] into, int off, int len) throws IOException {
        while (chunks.isEmpty() && !writerDone && !writerStopped && !readerGone) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        if (chunks.isEmpty() || readerGone) {
            return -1;
        }
        byte[] first = chunks.peek();
        int n = Math.min(len, first.length - offset);
        System.arraycopy(first, offset, into, off, n);
        offset += n;
        if (offset == first.length) {
            chunks.remove();
            offset = 0;
        }
        buffered -= n;
        notifyAll();
        return n;
    }

    /** No more text is coming: the reader sees the end once it has read what there is. */
    synchronized void closeWriter() {
        writerDone = true;
        notifyAll();
    }

    /** Ctrl-C: the writer's next write fails with {@link Closed}, and the reader sees the end after what there is. */
    synchronized void stopWriter() {
        writerStopped = true;
        notifyAll();
    }

    /** The reader has quit (or the output is stopped): the writer's next write fails with {@link Closed}. */
    synchronized void closeReader() {
        readerGone = true;
        chunks.clear();
        notifyAll();
    }

    /** What the pager reads. */
    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : take(b, off, len);
            }

            @Override
            public void close() {
                closeReader();
            }
        };
    }

    /** What the command writes, in UTF-8, passed on at each flush or every few thousand characters. */
    Writer output() {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] text, int off, int len) throws IOException {
                if (writerStopped()) {
                    flush(); // passes on what came before the stop, and fails
                }
                pending.append(text, off, len);
                if (pending.length() >= 8192) {
                    flush();
                }
            }

            @Override
            public void write(String text) throws IOException {
                write(text.toCharArray(), 0, text.length());
            }

            @Override
            public void flush() throws IOException {
                if (pending.length() > 0 || writerStopped()) {
                    byte[] chunk = pending.toString().getBytes(StandardCharsets.UTF_8);
                    pending.setLength(0);
                    put(chunk);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    flush();
                } finally {
                    closeWriter();
                }
            }
        };
    }
}
