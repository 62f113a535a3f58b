import { forbidden, KeysUnavailableError, unauthenticated } from './errors.js';
import type { VerifyToken } from './verify.js';
import { isAdmin, type Viewer } from './viewer.js';

/**
 * The authentication of one request. The token is verified the first time it is asked for (and only
 * once): by a protected field, or by the response cache to know whether the request is anonymous.
 * Public reads never depend on it: a token that does not verify reads what anyone reads.
 */
export class RequestAuth {
  private verified: Promise<Viewer> | null = null;

  constructor(
    private readonly verify: VerifyToken,
    private readonly authorization: string | undefined,
  ) {}

  /** A request without any means to verify a token (scripts and tests that only read). */
  static anonymous(): RequestAuth {
    return new RequestAuth(async () => {
      throw unauthenticated('This needs a token.');
    }, undefined);
  }

  /** The verified viewer; throws UNAUTHENTICATED without a valid token. */
  viewer(): Promise<Viewer> {
    this.verified ??= this.verify(this.authorization);
    return this.verified;
  }

  /**
   * Whether the request has no verified viewer: no token, or one that does not verify. Such a request
   * reads what anyone reads (the response cache keeps only those answers). A token that cannot be
   * checked now (the keys are unavailable) is not taken for none.
   */
  isAnonymous(): Promise<boolean> {
    return this.viewer().then(
      () => false,
      (error) => !(error instanceof KeysUnavailableError),
    );
  }

  /**
   * The viewer, if it may change the records of a Municipio: admins anywhere, editors in the
   * Municipi of their token. A record whose Municipio is unknown is for admins only.
   */
  async canEditMunicipio(number: number | null): Promise<boolean> {
    const viewer = await this.viewer();
    return isAdmin(viewer) || (number !== null && viewer.municipi.includes(number));
  }

  /** Throws FORBIDDEN unless the viewer may change the records of that Municipio. */
  async requireMunicipio(number: number | null): Promise<Viewer> {
    if (!(await this.canEditMunicipio(number)))
      throw forbidden(
        number === null
          ? 'Only an admin may change a record whose Municipio is not known.'
          : `The token does not allow changes in Municipio ${number}.`,
      );
    return this.viewer();
  }
}
