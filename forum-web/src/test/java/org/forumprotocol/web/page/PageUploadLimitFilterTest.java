package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.forumprotocol.web.rest.UploadLimitFilter;
import org.junit.jupiter.api.Test;

class PageUploadLimitFilterTest {

    @Test
    void onlyMultipartFormsAboveTheApisLimitAreRefused() {
        long limit = UploadLimitFilter.MAX_REQUEST_BYTES;
        assertThat(PageUploadLimitFilter.tooLarge("multipart/form-data; boundary=x", limit + 1)).isTrue();
        assertThat(PageUploadLimitFilter.tooLarge("Multipart/Form-Data; boundary=x", limit + 1)).isTrue();
        assertThat(PageUploadLimitFilter.tooLarge("multipart/form-data; boundary=x", limit)).isFalse();
        assertThat(PageUploadLimitFilter.tooLarge("multipart/form-data; boundary=x", -1)).as("length unknown").isFalse();
        assertThat(PageUploadLimitFilter.tooLarge("application/x-www-form-urlencoded", limit + 1)).isFalse();
        assertThat(PageUploadLimitFilter.tooLarge(null, limit + 1)).isFalse();
    }
}
