/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The authority's letterhead at the top of a document's first page (issue 15, item 4): its logo,
 * name, address and telephone. It is content, read first: a Div holding the logo as a Figure with
 * its alternative text (or, when the logo only decorates, an artifact that is never read out) and
 * a paragraph per line. The SVG logo is drawn from the shapes Confer kept when it was saved.
 */
import { Circle, Ellipse, G, Image, Line, Path, Polygon, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ComponentType, ReactNode } from 'react';
import { addressLines, type AuthorityIdentity, type Logo } from '../../shared/authority/identity';
import { sanitiseSvg, type SvgNode } from '../../shared/authority/svg-logo';
import { useDocumentStyles } from './components';
import type { A11y } from './structure';

const tag = (a11y: A11y): Record<string, unknown> => ({ a11y: { ...a11y } });

/** The most room the logo takes, in points; it keeps its proportions inside. */
const LOGO_BOX = { width: 150, height: 56 } as const;

export function logoSize(logo: Pick<Logo, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  return { width: Math.round(logo.width * scale * 100) / 100, height: Math.round(logo.height * scale * 100) / 100 };
}

const SHAPES = { g: G, path: Path, rect: Rect, circle: Circle, ellipse: Ellipse, line: Line, polyline: Polyline, polygon: Polygon } as const;

/** `stroke-width` → `strokeWidth`, as react-pdf's SVG elements name their props. */
const propsOf = (attributes: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase()), value.replace(/px$/u, '')]));

function shape(node: SvgNode, key: number): ReactNode {
  if (node.name === 'svg') return null;
  const Element = SHAPES[node.name] as unknown as ComponentType<Record<string, unknown>>;
  return (
    <Element key={key} {...propsOf(node.attributes)}>
      {node.children.map(shape)}
    </Element>
  );
}

function LogoImage({ logo }: { readonly logo: Logo }) {
  const size = logoSize(logo);
  const a11y = tag(logo.decorative ? { artifact: 'Layout' } : { role: 'Figure', alt: logo.alt });
  const style = { ...size, marginRight: 14 };
  if (logo.format === 'png') return <Image src={{ data: Buffer.from(logo.data, 'base64'), format: 'png' }} style={style} {...a11y} />;
  // Read again through the same strict reader: only what it keeps is ever drawn.
  const svg = sanitiseSvg(Buffer.from(logo.data, 'base64').toString('utf8'));
  if (!svg.ok) return null;
  return (
    <Svg viewBox={svg.root.attributes.viewBox} width={size.width} height={size.height} style={style} {...a11y}>
      {svg.root.children.map(shape)}
    </Svg>
  );
}

export function Letterhead({ identity }: { readonly identity: AuthorityIdentity }) {
  const styles = useDocumentStyles();
  const lines = [...addressLines(identity.address), ...(identity.phone ? [`Telephone: ${identity.phone}`] : [])];
  return (
    <View style={styles.letterhead} wrap={false} {...tag({ role: 'Div' })}>
      {identity.logo && <LogoImage logo={identity.logo} />}
      <View style={styles.letterheadText}>
        <Text style={styles.letterheadName} {...tag({ role: 'P' })}>
          {identity.name}
        </Text>
        {lines.map((line, index) => (
          <Text key={index} style={styles.letterheadLine} {...tag({ role: 'P' })}>
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}
