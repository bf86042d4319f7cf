package org.forumprotocol.web.rest;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An RFC 9457 problem body; {@code errors} lists the offending fields of a request. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public record FieldProblem(String field, String message) {
    }
}
