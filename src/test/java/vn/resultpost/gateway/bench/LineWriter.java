package vn.resultpost.gateway.bench;

import java.io.Writer;
import java.util.function.Consumer;

/** A Writer that hands each complete line to a consumer: for output too long to hold (an H2 file's dump). */
final class LineWriter extends Writer {

    private final Consumer<String> consumer;
    private final StringBuilder line = new StringBuilder();

    LineWriter(Consumer<String> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                consumer.accept(line.toString());
                line.setLength(0);
            } else {
                line.append(buf[i]);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (!line.isEmpty()) {
            consumer.accept(line.toString());
            line.setLength(0);
        }
    }
}
