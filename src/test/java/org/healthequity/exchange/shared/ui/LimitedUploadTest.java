package org.healthequity.exchange.shared.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedUploadTest {

    @Test
    void acceptsAFileUpToTheLimit() throws IOException {
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000))
                .hasValueSatisfying(bytes -> assertThat(bytes).hasSize(1000));
    }

    @Test
    void stopsReadingOneBytePastTheLimitOfAnEndlessStream() throws IOException {
        CountingEndlessStream endless = new CountingEndlessStream();
        assertThat(LimitedUpload.readAtMost(endless, 4096)).isEmpty();
        assertThat(endless.read).isEqualTo(4097);
    }

    /** A client that would send forever. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read += length;
            return length;
        }
    }
}
