import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { foldPolish } from '@wspolnie/kernel';
import { DomainError } from '@wspolnie/platform-errors';
import { type ConnectionShape, type KeysetColumn, paginate } from '@wspolnie/platform-pagination';
import { In, type SelectQueryBuilder } from 'typeorm';
import { gminasMessage, tercCodeProblem } from '../gminas-messages';
import { Gmina } from './gmina.entity';
import type { GminasArgs } from './gminas.args';
import { Voivodeship } from './voivodeship.entity';

/** Escapes LIKE's wildcards so that a typed "%" or "_" matches itself. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export interface PopulationFigure {
  readonly population: number;
  readonly asOf: string;
  readonly source: string;
}

@Injectable()
export class GminasService {
  // Through the transaction host, so that reads and writes join a caller's transaction.
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get gminas() {
    return this.txHost.tx.getRepository(Gmina);
  }

  /** Gminas with their powiat and voivodeship, in one statement. */
  private withTerritory(): SelectQueryBuilder<Gmina> {
    return this.gminas.createQueryBuilder('gmina').innerJoinAndSelect('gmina.powiat', 'powiat').innerJoinAndSelect('gmina.voivodeship', 'voivodeship');
  }

  /**
   * The register, by name in Polish order; a search ranks first the gmina named exactly so
   * ("lodz": Łódź), then names starting with it, then names with a later word starting with it
   * (Aleksandrów Łódzki), by name within each. The rank is part of the cursor then, so pages
   * follow the same order.
   */
  async list(args: GminasArgs): Promise<ConnectionShape<Gmina>> {
    const query = this.withTerritory();
    const filter = args.filter ?? {};
    const byName: KeysetColumn<Gmina>[] = [
      { expression: 'gmina.name COLLATE "pl-x-icu"', valueOf: (gmina) => gmina.name, kind: 'text' },
      { expression: 'gmina.terc', valueOf: (gmina) => gmina.terc, kind: 'text' },
    ];
    let keyset = byName;
    if (filter.search != null) {
      const folded = foldPolish(filter.search);
      const escaped = likeEscape(folded);
      if (!folded) throw DomainError.badInput('filter.search', gminasMessage('filter.searchLetter', { field: 'search' }));
      query.andWhere('(gmina.search_name LIKE :prefix OR gmina.search_name LIKE :wordPrefix)', { exact: folded, prefix: `${escaped}%`, wordPrefix: `% ${escaped}%` });
      const rankOf = (gmina: Gmina) => (gmina.searchName === folded ? 0 : gmina.searchName.startsWith(folded) ? 1 : 2);
      keyset = [{ expression: 'CASE WHEN gmina.search_name = :exact THEN 0 WHEN gmina.search_name LIKE :prefix THEN 1 ELSE 2 END', valueOf: rankOf, kind: 'integer' }, ...byName];
    }
    if (filter.voivodeshipCode != null) query.andWhere('gmina.voivodeship_code = :voivodeship', { voivodeship: filter.voivodeshipCode });
    if (filter.powiatCode != null) query.andWhere('gmina.powiat_code = :powiat', { powiat: filter.powiatCode });
    if (filter.type != null) query.andWhere('gmina.type = :type', { type: filter.type });
    return paginate(query, args, keyset);
  }

  /** A gmina by TERC code; malformed codes are the caller's input error, unknown ones NOT_FOUND. */
  async getByTerc(terc: string, field = 'terc'): Promise<Gmina> {
    this.checkTercSyntax(terc, field);
    const gmina = await this.withTerritory().where('gmina.terc = :terc', { terc }).getOne();
    if (!gmina) throw DomainError.notFound(gminasMessage('noun.gminaWithTerc'), terc);
    return gmina;
  }

  /**
   * Resolves TERC codes given in another context's input (e.g. partnership members). A code
   * that is not in the register is a mistake in that input, reported on `field`.
   */
  async requireByTercs(tercs: readonly string[], field: (index: number) => string): Promise<Gmina[]> {
    tercs.forEach((terc, index) => this.checkTercSyntax(terc, field(index)));
    const found = await this.gminas.findBy({ terc: In([...new Set(tercs)]) });
    const byTerc = new Map(found.map((gmina) => [gmina.terc, gmina]));
    return tercs.map((terc, index) => {
      const gmina = byTerc.get(terc);
      if (!gmina) throw DomainError.badInput(field(index), gminasMessage('terc.unknown', { terc }));
      return gmina;
    });
  }

  findByIds(ids: readonly string[]): Promise<Gmina[]> {
    return this.withTerritory().where('gmina.id IN (:...ids)', { ids }).getMany();
  }

  voivodeships(): Promise<Voivodeship[]> {
    return this.txHost.tx.getRepository(Voivodeship).find({ order: { code: 'ASC' } });
  }

  async recordPopulation(terc: string, figure: PopulationFigure): Promise<void> {
    if (!Number.isInteger(figure.population) || figure.population < 0) {
      throw DomainError.badInput('population', gminasMessage('population', { field: 'population' }));
    }
    const result = await this.gminas.update({ terc }, { population: figure.population, populationAsOf: figure.asOf, populationSource: figure.source });
    if (!result.affected) throw DomainError.notFound(gminasMessage('noun.gminaWithTerc'), terc);
  }

  private checkTercSyntax(terc: string, field: string): void {
    const problem = tercCodeProblem(terc);
    if (problem) throw DomainError.badInput(field, problem);
  }
}
