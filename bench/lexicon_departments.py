"""Build ontology/lexicon/institution_department.tsv: the internal departments
(司, 局, 研究部) of the State Council bodies that policy texts on industry and
technology name, from the bodies' own 内设机构 pages (机构职能 / 内设机构 on each
ministry's site; 国务院发展研究中心 研究部门).

    .venv/bin/python bench/lexicon_departments.py > ontology/lexicon/institution_department.tsv

A department is one entity written with its ministry in front (工业和信息化部装备工业一司,
工信部装备工业一司): the term is the full ministry name + the department, the
aliases the ministry's official short names + the department.  The bare
department name is an alias only where no other body has a department of that
name (装备工业一司, 低空经济发展司; not 规划司, 科技司, 财务司, 国际合作司,
高新技术司, which several ministries have: a bare one of those is the rules'
job, in the context of its ministry).
"""
from __future__ import annotations

import sys

# ministry full name, its official short names (as in institution.tsv)
BODIES = {
    "国家发展和改革委员会": ["国家发展改革委", "国家发改委"],
    "工业和信息化部": ["工信部"],
    "科学技术部": ["科技部"],
    "商务部": [],
    "国家数据局": [],
    "国家能源局": [],
    "国家航天局": [],
    "国务院发展研究中心": [],
}

# body -> departments; a trailing * marks a name only that body's department has
DEPARTMENTS = {
    # 国家发展改革委 内设机构 (incl. 民营经济发展局 2023, 低空经济发展司 2024)
    "国家发展和改革委员会": """
        办公厅 政策研究室 发展战略和规划司* 国民经济综合司* 经济运行调节局* 体制改革综合司*
        固定资产投资司* 利用外资和境外投资司* 地区振兴司* 区域开放司* 基础设施发展司*
        产业发展司 创新和高技术发展司* 资源节约和环境保护司* 社会发展司 就业收入分配和消费司*
        经济贸易司 财政金融和信用建设司* 价格司 法规司 国际合作司 人事司 农村经济司
        民营经济发展局* 低空经济发展司*
    """,
    # 工业和信息化部 内设机构
    "工业和信息化部": """
        办公厅 规划司 产业政策与法规司* 财务司 科技司 高新技术司 运行监测协调局* 中小企业局
        节能与综合利用司* 安全生产司 原材料工业司* 装备工业一司* 装备工业二司* 消费品工业司*
        电子信息司* 信息技术发展司* 信息通信发展司* 信息通信管理局* 网络安全管理局 无线电管理局
        国际合作司 人事教育司 军民融合推进司*
    """,
    # 科学技术部 内设机构 (2023 改革后)
    "科学技术部": """
        办公厅 战略规划司 政策法规与创新体系建设司* 资源配置与管理司* 重大专项司 基础研究司
        高新技术司 成果转化与区域创新司* 科技监督与诚信建设司* 国际合作司 人事司
    """,
    # 商务部 内设机构
    "商务部": """
        办公厅 综合司 条约法律司 财务司 服务贸易和商贸服务业司* 市场体系建设司* 市场运行和消费促进司*
        对外贸易司 外国投资管理司* 对外投资和经济合作司* 电子商务和信息化司* 贸易救济调查局*
        产业安全与进出口管制局* 国际经贸关系司* 世界贸易组织司*
    """,
    # 国家数据局 内设机构
    "国家数据局": """
        综合司 政策和规划司 数据资源司* 数字经济司 数字科技和基础设施建设司* 国际数据合作司*
    """,
    # 国家能源局 内设机构
    "国家能源局": """
        综合司 法制和体制改革司 发展规划司 能源节约和科技装备司* 电力司 核电司 煤炭司 石油天然气司
        新能源和可再生能源司* 市场监管司 电力安全监管司 国际合作司
    """,
    # 国家航天局 (商业航天司, 2025)
    "国家航天局": """
        商业航天司*
    """,
    # 国务院发展研究中心 研究部门
    "国务院发展研究中心": """
        宏观经济研究部 发展战略和区域经济研究部 产业经济研究部 农村经济研究部 社会发展研究部
        对外经济研究部 创新发展研究部 公共管理与人力资源研究所 企业研究所 市场经济研究所
        资源与环境政策研究所 金融研究所
    """,
}

HEADER = """\
# term	type	label	aliases
# Internal departments (司, 局, 研究部) of the State Council bodies named in industry and technology policy.
# source: the bodies' 内设机构 pages (国家发展改革委, 工业和信息化部, 科学技术部, 商务部, 国家数据局, 国家能源局,
# 国家航天局; 国务院发展研究中心 研究部门). Built by bench/lexicon_departments.py.
# term = full ministry name + department; aliases = the ministry's short names + department, and the bare
# department only where no other body has one of that name (装备工业一司; not 规划司, 科技司, 高新技术司) and it is
# not the start of a phrase (数字经济司 in 数字经济司法).
"""


def rows():
    bare_seen: dict[str, str] = {}
    for body, text in DEPARTMENTS.items():
        yield f"# {body}"
        for item in text.split():
            dept = item.rstrip("*")
            aliases = [short + dept for short in BODIES[body]]
            if item.endswith("*"):
                if dept in bare_seen:
                    raise SystemExit(f"{dept} marked unique under {bare_seen[dept]} and {body}")
                bare_seen[dept] = body
                aliases.append(dept)
            yield f"{body}{dept}\tInstitution\t\t{'|'.join(aliases)}".rstrip("\t")


if __name__ == "__main__":
    sys.stdout.write(HEADER)
    for line in rows():
        print(line)
