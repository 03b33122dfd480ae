package org.healthequity.exchange.shared.files;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files live ({@code exchange.files-dir}, {@code exchange.files-delete-grace}).
 *
 * @param filesDir the file store, shared by every node; blank means {@code <data-dir>/files}
 * @param filesDeleteGrace how long a deleted file waits before it is purged, so a backup taken meanwhile has it
 */
@ConfigurationProperties("exchange")
record FileStoreSettings(@Nullable String filesDir, @DefaultValue("PT1H") Duration filesDeleteGrace) {
}
