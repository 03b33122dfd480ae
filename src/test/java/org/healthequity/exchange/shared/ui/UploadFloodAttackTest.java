package org.healthequity.exchange.shared.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Many sessions uploading large files at once: once the uploads in flight hold the whole memory budget, the next one
 * is refused as busy without a byte of it being read, instead of every request buffering its file in the heap.
 */
@Tag("attack")
class UploadFloodAttackTest {

    @Test
    void uploadBeyondTheSharedMemoryBudgetIsRefusedWithoutBeingRead() throws Exception {
        AtomicBoolean accepted = new AtomicBoolean();
        LimitedUpload handler = new LimitedUpload(20 * 1024 * 1024, bytes -> accepted.set(true), () -> { });
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileSize()).thenReturn(1024L);
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[1024]));
        when(event.getUI()).thenReturn(mock(UI.class));
        int inFlight = LimitedUpload.BUFFERED_KIB.drainPermits();
        try {
            handler.handleUploadRequest(event);
        } finally {
            LimitedUpload.BUFFERED_KIB.release(inFlight);
        }

        verify(event).reject();
        verify(event, never()).getInputStream();
        assertThat(accepted).isFalse();
    }

    @Test
    void theBudgetIsGivenBackAfterEachUpload() throws Exception {
        int before = LimitedUpload.BUFFERED_KIB.availablePermits();
        AtomicBoolean accepted = new AtomicBoolean();
        LimitedUpload handler = new LimitedUpload(20 * 1024 * 1024, bytes -> accepted.set(true), () -> { });
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileSize()).thenReturn(1024L);
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[1024]));
        UI ui = mock(UI.class);
        when(ui.access(ArgumentMatchers.any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);

        handler.handleUploadRequest(event);

        assertThat(accepted).isTrue();
        assertThat(LimitedUpload.BUFFERED_KIB.availablePermits()).isEqualTo(before);
    }
}
