package org.healthequity.exchange.shared.files;

import java.nio.file.Path;
import java.time.Duration;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The file store every module writes to: {@code EXCHANGE_FILES_DIR}, by default {@code <EXCHANGE_DATA_DIR>/files}. With
 * several nodes it must be one folder all of them reach; the data folder itself stays per node (the search index).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(ExchangeProperties properties, FileStoreSettings settings) {
        String filesDir = settings.filesDir();
        Path root = filesDir == null || filesDir.isBlank() ? properties.dataDir().resolve("files") : Path.of(filesDir);
        LocalFileStore store = new LocalFileStore(root, settings.filesDeleteGrace());
        LegacyFileLayout.moveInto(properties.dataDir(), store, store.root());
        return store;
    }
}
