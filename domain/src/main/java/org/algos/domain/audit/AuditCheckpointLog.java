package org.algos.domain.audit;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checkpoints, one line each, appended to a file outside the database and forced to disk
 * before the next batch is sealed. Read forwards to verify the chain (streamed: the log can be
 * long), backwards to list the newest.
 */
public final class AuditCheckpointLog {

    private final Path file;

    public AuditCheckpointLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(AuditCheckpoint checkpoint) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint log " + file + " cannot be written", e);
        }
    }

    /**
     * All checkpoints, oldest first, read lazily (the log can be long); close the stream. A line
     * that is not a checkpoint is an error: the log is written by the sequencer alone.
     */
    public Stream<AuditCheckpoint> all() {
        if (!Files.exists(file)) {
            return Stream.empty();
        }
        try {
            return Files.lines(file, StandardCharsets.US_ASCII).filter(l -> !l.isBlank()).map(AuditCheckpoint::parse);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint log " + file + " cannot be read", e);
        }
    }

    public Optional<AuditCheckpoint> newest() {
        List<AuditCheckpoint> last = newest(0, 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    /** Up to {@code limit} checkpoints, newest first, after skipping the {@code skip} newest. */
    public List<AuditCheckpoint> newest(int skip, int limit) {
        List<AuditCheckpoint> found = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            byte[] block = new byte[8192];
            StringBuilder partial = new StringBuilder();
            int seen = 0;
            while (end > 0 && found.size() < limit) {
                int size = (int) Math.min(block.length, end);
                end -= size;
                in.seek(end);
                in.readFully(block, 0, size);
                partial.insert(0, new String(block, 0, size, StandardCharsets.US_ASCII));
                int newline;
                while ((newline = partial.lastIndexOf("\n", partial.length() - 2)) >= 0 && found.size() < limit) {
                    String line = partial.substring(newline + 1).trim();
                    partial.setLength(newline + 1);
                    if (!line.isEmpty() && seen++ >= skip) {
                        found.add(AuditCheckpoint.parse(line));
                    }
                }
            }
            String first = partial.toString().trim();
            if (end == 0 && !first.isEmpty() && found.size() < limit && seen++ >= skip) {
                found.add(AuditCheckpoint.parse(first));
            }
        } catch (FileNotFoundException e) {
            return Collections.emptyList();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint log " + file + " cannot be read", e);
        }
        return found;
    }
}
