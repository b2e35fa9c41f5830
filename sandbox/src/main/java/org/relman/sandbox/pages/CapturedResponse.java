package org.relman.sandbox.pages;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/** Holds back what a servlet writes, so the decorator can frame it; status, headers and redirects pass through. */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final CharArrayWriter chars = new CharArrayWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            writer = new PrintWriter(chars);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("no async output in the sandbox");
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void setContentLength(int length) {
        // the framed page has another length
    }

    @Override
    public void setContentLengthLong(long length) {
        // the framed page has another length
    }

    boolean wroteSomething() {
        return writer != null || stream != null;
    }

    String text() {
        if (writer != null) {
            writer.flush();
            return chars.toString();
        }
        return bytes.toString(charset());
    }

    /** Sends what was written unchanged. */
    void replay() throws IOException {
        HttpServletResponse real = (HttpServletResponse) getResponse();
        if (writer != null) {
            writer.flush();
            real.getWriter().write(chars.toCharArray());
        } else if (stream != null) {
            real.getOutputStream().write(bytes.toByteArray());
        }
    }

    private Charset charset() {
        try {
            return Charset.forName(getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
