package io.cordon.http;

import io.javalin.http.HttpResponseException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Counts request body bytes as they are read and stops at the limit with a 413. The server's own
 * check looks at Content-Length only, so a chunked body (no length) was read whole, however large.
 */
final class BodyLimit implements Filter {
  private final long max;

  BodyLimit(long max) {
    this.max = max;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req instanceof HttpServletRequest h ? new Limited(h, max) : req, res);
  }

  static HttpResponseException tooLarge(long max) {
    return new HttpResponseException(413, "request body larger than " + max + " bytes");
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest req, long max) {
      super(req);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (getContentLengthLong() > max) {
        throw tooLarge(max);
      }
      if (stream == null) {
        stream = new Counting(super.getInputStream(), max);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    Counting(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    private int count(int n) {
      if (n > 0) {
        read += n;
        if (read > max) {
          throw tooLarge(max);
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(in.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
