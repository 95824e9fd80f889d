package org.fklab.domain.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;

/**
 * One shell per workspace database, enforced by an operating-system file lock. The system releases it
 * the moment the process ends, even when killed, so a crashed shell never leaves a stale lock behind
 * (HSQLDB's own lock file would stay for ten seconds, and costs 100 ms on every close).
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path databaseFolder) {
        // beside the database folder, not in it: a copy put back replaces the whole folder
        Path file = databaseFolder.resolveSibling(databaseFolder.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(databaseFolder, null);
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(databaseFolder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DomainException("Cannot open the workspace in " + databaseFolder.toAbsolutePath().getParent()
                    + ": " + IoErrors.explain(e, databaseFolder) + ". (--in-memory runs without a workspace folder.)", e);
        }
    }

    private static WorkspaceInUseException inUse(Path databaseFolder, Exception cause) {
        return new WorkspaceInUseException("The workspace " + databaseFolder.getParent() + " is in use by another"
                + " fklab shell. Close that shell first, or start this one with --workspace DIR or --in-memory.", cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it as well
        }
        closeQuietly(channel);
    }
}
