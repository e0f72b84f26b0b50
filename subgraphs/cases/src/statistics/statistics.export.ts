import type { Express, NextFunction, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, sendGraphQLError, type Clock, type TokenVerifier } from '@jiandu/kit';
import { caseStatistics, statisticsLoader } from './statistics.service.js';
import { EXPORT_COLUMNS, exportRows, metricCatalogue, toCsv } from './statistics.rules.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/** The export path, `/statistics/<agencyId>/<year>.csv|json` (the gateway proxies the same path). */
export const STATISTICS_EXPORT_PATH = '/statistics/:agencyId/:file';

/**
 * Export of the 年报 for a higher-level system or Excel (DESIGN "Beyond the minimum"): the same figures and the
 * same authorisation as `caseStatistics` (the caller's bearer token, verified here). `.csv`: UTF-8 with a BOM,
 * a header row of stable column names, one figure a row; `.json`: the rows, the columns and metric codes
 * documented, and the statistics as the graph gives them. `?includeSubtree=true` adds the agencies below.
 */
export function statisticsExportRoutes(deps: { orm: MikroORM; verifier: TokenVerifier; clock: Clock }) {
  return (app: Express) => {
    app.get(STATISTICS_EXPORT_PATH, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const m = /^(\d{1,6})\.(csv|json)$/.exec(String(req.params.file));
        if (!m) {
          sendGraphQLError(req, res, 404, ErrorCode.NOT_FOUND, '导出地址应为 /statistics/{执法主体编号}/{年度}.csv 或 .json');
          return;
        }
        const { identity, tokenProblem } = await deps.verifier.identify(req.headers.authorization);
        if (tokenProblem) {
          sendGraphQLError(req, res, 401, ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
          return;
        }
        const em = deps.orm.em.fork();
        const includeSubtree = req.query.includeSubtree === 'true';
        const s = await caseStatistics(statisticsLoader(em, identity, deps.clock), identity, deps.clock, String(req.params.agencyId), Number(m[1]), includeSubtree);
        const rows = exportRows(s);
        const name = `statistics-${s.agencyId}-${s.year}${includeSubtree ? '-subtree' : ''}.${m[2]}`;
        res.set({ 'cache-control': 'no-store', 'content-disposition': `attachment; filename="${name}"` });
        if (m[2] === 'csv') {
          res.type('text/csv; charset=utf-8').send(toCsv(rows));
        } else {
          res.type('application/json; charset=utf-8').send(JSON.stringify({ columns: EXPORT_COLUMNS, metrics: metricCatalogue(), rows, statistics: s }));
        }
      } catch (e) {
        const status = e instanceof DomainError ? STATUS[e.code] : undefined;
        if (status && e instanceof DomainError) sendGraphQLError(req, res, status, e.code, e.message, { ...e.details });
        else next(e);
      }
    });
  };
}
