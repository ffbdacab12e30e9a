package org.leadercontacts.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

import io.quarkus.runtime.ImageMode;

/**
 * Opens index directories: memory-mapped on the JVM (Lucene's default), plain file channels in the native
 * executable, where Lucene's memory mapping would need the foreign-function support a native image may lack.
 */
final class IndexDirectories {

    private IndexDirectories() {
    }

    static FSDirectory open(Path path) throws IOException {
        return ImageMode.current() == ImageMode.NATIVE_RUN ? new NIOFSDirectory(path) : FSDirectory.open(path);
    }
}
