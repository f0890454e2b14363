package vn.daotao.organisation;

public record OrganisationFigures(
        int units, int people, int disabledAccounts, int admins, int unitHeads, int lockedUserNames) {}
