import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PartnershipSearchForm } from '../modules/work/PartnershipSearchForm';

export interface PartnershipHeader {
  readonly name: string;
  readonly slug: string;
  /** The reader's role there, already in their language ("koordynator"), with the gmina they act for. */
  readonly role: string | null;
}

const Context = createContext<{ header: PartnershipHeader | null; set(header: PartnershipHeader | null): void } | null>(null);

/** The partnership a page is in, so its name and the reader's role stay visible in the header. */
export function PartnershipHeaderProvider({ children }: { children: ReactNode }) {
  const [header, set] = useState<PartnershipHeader | null>(null);
  return <Context.Provider value={{ header, set }}>{children}</Context.Provider>;
}

/** Pages inside a partnership call this with what they loaded; leaving the page clears it. */
export function useShowPartnership(header: PartnershipHeader | null): void {
  const context = useContext(Context);
  const set = context?.set;
  const key = header ? `${header.slug}|${header.name}|${header.role}` : '';
  useEffect(() => {
    if (!set) return;
    set(header);
    return () => set(null);
    // The header's fields are in the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [set, key]);
}

export function PartnershipBanner() {
  const header = useContext(Context)?.header;
  if (!header) return null;
  return (
    <div className="partnership-banner">
      <Link to={`/partnerships/${header.slug}`} className="partnership-banner__name">
        {header.name}
      </Link>
      {header.role && <span className="partnership-banner__role">{header.role}</span>}
      <PartnershipSearchForm slug={header.slug} />
    </div>
  );
}
