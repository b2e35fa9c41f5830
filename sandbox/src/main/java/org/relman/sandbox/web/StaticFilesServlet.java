package org.relman.sandbox.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /static/*}: the sandbox's own CSS and AUI, from the class path folder {@code static/}. */
public final class StaticFilesServlet extends HttpServlet {

    private final ClasspathFiles files;

    public StaticFilesServlet(ClasspathFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        files.send("static" + path, response);
    }
}
